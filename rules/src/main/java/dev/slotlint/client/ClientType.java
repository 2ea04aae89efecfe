package dev.slotlint.client;

import dev.slotlint.topology.ClientTopology;

import java.util.Locale;

/**
 * A Java type through which code sends commands to Redis.
 *
 * @param javaType   fully qualified name
 * @param simpleName how messages name it
 * @param driver     for Spring Data Redis types, the client library the connection factory runs on (what a
 *                   cross-slot call does depends on it); null otherwise
 */
public record ClientType(String javaType, Library library, ClientTopology topology, String simpleName, Library driver) {

    public ClientType(String javaType, Library library, ClientTopology topology, String simpleName) {
        this(javaType, library, topology, simpleName, null);
    }

    /** This type running on a driver. */
    public ClientType withDriver(Library driver) {
        return new ClientType(javaType, library, topology, simpleName, driver);
    }

    /**
     * The name the catalog's {@code crossslot} and {@code unsupported} lines use for what runs this type's calls:
     * the type itself, or {@code spring:lettuce} / {@code spring:jedis}.
     */
    public String runner() {
        return driver == null ? javaType : "spring:" + driver.name().toLowerCase(Locale.ROOT);
    }

    /** {@code JedisCluster 5.2.0}, {@code Spring Data Redis 3.3.13 on Lettuce}; the version only when known. */
    public String describe(Version version) {
        String versionText = version == null ? "" : " " + version;
        return driver == null ? simpleName + versionText
                : library.displayName() + versionText + " on " + driver.displayName();
    }
}
