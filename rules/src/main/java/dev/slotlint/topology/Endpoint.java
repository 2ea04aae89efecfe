package dev.slotlint.topology;

import java.util.Optional;

/** A Redis server address as the project names it. */
public record Endpoint(String host, int port) {

    public static final int DEFAULT_PORT = 6379;

    /** Parses {@code host:port}, {@code host}, {@code redis://[user:pass@]host:port/db} and {@code [::1]:port}. */
    public static Optional<Endpoint> parse(String text) {
        String address = text.strip();
        int scheme = address.indexOf("://");
        if (scheme >= 0) {
            address = address.substring(scheme + 3);
        }
        int at = address.lastIndexOf('@');
        if (at >= 0) {
            address = address.substring(at + 1);
        }
        int slash = address.indexOf('/');
        if (slash >= 0) {
            address = address.substring(0, slash);
        }
        int query = address.indexOf('?');
        if (query >= 0) {
            address = address.substring(0, query);
        }
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int colon = address.lastIndexOf(':');
        if (colon > 0 && address.indexOf(':') == colon || address.startsWith("[") && colon > address.indexOf(']')) {
            try {
                return Optional.of(new Endpoint(address.substring(0, colon).replace("[", "").replace("]", ""),
                        Integer.parseInt(address.substring(colon + 1))));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Endpoint(address, DEFAULT_PORT));
    }

    /** The database number of a Redis URI ({@code redis://h:6379/2}), if it names one. */
    public static Optional<Integer> database(String uri) {
        int scheme = uri.indexOf("://");
        if (scheme < 0) {
            return Optional.empty();
        }
        String rest = uri.substring(scheme + 3);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String path = rest.substring(slash + 1).split("[?#]", 2)[0];
        try {
            return path.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(path));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
