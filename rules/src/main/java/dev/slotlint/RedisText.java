package dev.slotlint;

import dev.slotlint.client.ClientCatalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file's text shows before it is parsed: whether it may call Redis, and which of its members hold a client
 * that other files may reach. The index parses only the files these say may matter.
 */
final class RedisText {

    /** Text that shows a file may talk to Redis through a client slotlint knows. */
    private static final List<String> CLIENT_PACKAGES = List.of(
            "redis.clients.", "io.lettuce.", "org.springframework.data.redis");

    private final ClientCatalog catalog;

    RedisText(ClientCatalog catalog) {
        this.catalog = catalog;
        this.clientMember = memberPattern();
        this.componentOfClientType = Pattern.compile("\\b(?:" + String.join("|", clientTypeNames())
                + ")\\s*(?:<[^,()]*>)?\\s+([A-Za-z_$][\\w$]*)");
    }

    static boolean mayCallRedis(String text) {
        for (String client : CLIENT_PACKAGES) {
            if (text.contains(client)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A declaration with a client type that other files can reach: a field with a modifier ({@code private
     * JedisCluster cluster;}, {@code public static final JedisCluster CLUSTER =}), a method ({@code JedisCluster
     * cluster() {}}). Parameters and locals, which no other file reaches, are left out: their names ({@code
     * connection}, {@code client}) are called everywhere and would have every file parsed.
     */
    private final Pattern clientMember;

    private Pattern memberPattern() {
        return Pattern.compile("(?:\\b(?:private|protected|public|static|final)\\s+(?:"
            + "(?:static|final|volatile|transient)\\s+)*(?:" + String.join("|", clientTypeNames())
            + ")\\s*(?:<[^;{}()=]*>)?\\s+([A-Za-z_$][\\w$]*)\\s*[;=])|(?:\\b(?:"
            + String.join("|", clientTypeNames()) + ")\\s*(?:<[^;{}()=]*>)?\\s+([A-Za-z_$][\\w$]*)"
            + "\\s*\\(\\s*[)\\w])");
    }

    /** Simple names of the types that run commands or make clients: what a member reached from elsewhere can hold. */
    private Set<String> clientTypeNames() {
        Set<String> names = new TreeSet<>();
        catalog.types().forEach(type -> names.add(simpleName(type.javaType())));
        catalog.creations().forEach(creation -> names.add(simpleName(creation.javaType())));
        return names;
    }

    private static String simpleName(String javaType) {
        return javaType.substring(javaType.lastIndexOf('.') + 1);
    }

    /** A record's header, whose components with a client type are reached by their accessors. */
    private static final Pattern RECORD_HEADER = Pattern.compile("\\brecord\\s+[A-Za-z_$][\\w$]*\\s*(?:<[^>]*>)?"
            + "\\s*\\(([^)]*)\\)");

    /**
     * The names other files may reach a client by, from the declarations of one file: its client-typed fields,
     * methods and record components, and the getters Lombok makes of fields.
     */
    Collection<String> clientMembers(String text) {
        List<String> names = new ArrayList<>();
        Matcher declaration = clientMember.matcher(text);
        while (declaration.find()) {
            String field = declaration.group(1);
            if (field != null) {
                names.add(field);
                names.add("get" + Character.toUpperCase(field.charAt(0)) + field.substring(1));
            } else {
                names.add(declaration.group(2));
            }
        }
        Matcher header = RECORD_HEADER.matcher(text);
        while (header.find()) {
            Matcher component = componentOfClientType.matcher(header.group(1));
            while (component.find()) {
                names.add(component.group(1));
            }
        }
        return names;
    }

    private final Pattern componentOfClientType;

}
