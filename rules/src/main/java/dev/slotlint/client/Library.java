package dev.slotlint.client;

/** A Redis client library slotlint knows. */
public enum Library {
    JEDIS("Jedis", "redis.clients:jedis"),
    LETTUCE("Lettuce", "io.lettuce:lettuce-core"),
    SPRING("Spring Data Redis", "org.springframework.data:spring-data-redis");

    private final String displayName;
    private final String coordinates;

    Library(String displayName, String coordinates) {
        this.displayName = displayName;
        this.coordinates = coordinates;
    }

    public String displayName() {
        return displayName;
    }

    /** Maven {@code groupId:artifactId} whose resolved version decides the client's behaviour. */
    public String coordinates() {
        return coordinates;
    }
}
