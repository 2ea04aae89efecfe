package dev.slotlint.client;

/**
 * A Java type through which code sends commands to Redis.
 *
 * @param javaType  fully qualified name
 * @param simpleName how messages name it
 */
public record ClientType(String javaType, Library library, Topology topology, String simpleName) {
}
