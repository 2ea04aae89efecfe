package dev.slotlint.topology;

import dev.slotlint.source.Location;

import java.util.List;

/**
 * One setting of a Spring Boot configuration file, its key flattened ({@code spring.data.redis.cluster.nodes}).
 *
 * @param values the value split into its items (a YAML list, or a comma-separated property)
 */
public record ConfigEntry(Location location, String key, List<String> values) {

    public ConfigEntry {
        values = List.copyOf(values);
    }

    public String value() {
        return String.join(",", values);
    }

    /** The file name and line, as messages cite it: {@code application.yml:6}. */
    public String cite() {
        return location.file().getFileName() + ":" + location.line();
    }
}
