package dev.slotlint.client;

import dev.slotlint.topology.ConfigEntry;
import dev.slotlint.topology.ProjectConfig;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * The client library Spring Data Redis runs on: what a cross-slot template call does depends on it (Lettuce's
 * cluster connection splits some commands that Jedis' refuses, and only Jedis' refuses pipelines). Spring Boot picks
 * Lettuce unless told otherwise or Lettuce is missing.
 *
 * @param reason what decided it, for messages
 */
public record SpringDriver(Library library, String reason) {

    static final String[] CLIENT_TYPE = {"spring.data.redis.client-type", "spring.redis.client-type"};

    /**
     * @param libraryVersions the client libraries the project depends on, when known (empty when not)
     * @param sources         the text of the project's Java files that mention Redis
     */
    public static SpringDriver decide(ProjectConfig config, Map<Library, String> libraryVersions,
                                      Collection<String> sources) {
        for (ConfigEntry entry : config.entries(CLIENT_TYPE)) {
            String value = entry.value().toLowerCase(Locale.ROOT);
            if (value.equals("jedis") || value.equals("lettuce")) {
                return new SpringDriver(Library.valueOf(value.toUpperCase(Locale.ROOT)), entry.cite() + " ("
                        + entry.key() + "=" + value + ")");
            }
        }
        if (libraryVersions.containsKey(Library.JEDIS) && !libraryVersions.containsKey(Library.LETTUCE)) {
            return new SpringDriver(Library.JEDIS, "Jedis " + libraryVersions.get(Library.JEDIS)
                    + " is a dependency and Lettuce is not");
        }
        boolean jedisFactory = sources.stream().anyMatch(text -> text.contains("new JedisConnectionFactory"));
        boolean lettuceFactory = sources.stream().anyMatch(text -> text.contains("new LettuceConnectionFactory"));
        if (jedisFactory && !lettuceFactory) {
            return new SpringDriver(Library.JEDIS, "the project makes a JedisConnectionFactory");
        }
        return new SpringDriver(Library.LETTUCE, lettuceFactory ? "the project makes a LettuceConnectionFactory"
                : "Spring Boot's default");
    }
}
