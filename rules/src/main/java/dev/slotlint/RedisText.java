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

    /** Simple names of the types that run commands or make clients: what a member reached from elsewhere can hold. */
    private final Set<String> clientTypes;

    /** A record component of a client type, in a record's header. */
    private final Pattern componentOfClientType;

    RedisText(ClientCatalog catalog) {
        this.clientTypes = clientTypeNames(catalog);
        this.componentOfClientType = Pattern.compile("\\b(?:" + String.join("|", clientTypes)
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
     * What follows a client type in a declaration other files can reach: a field's name and {@code ;} or {@code =}
     * (group 2), or a method's name and its parameter list ({@code JedisCluster cluster() {}}). Parameters and
     * locals, which no other file reaches, are left out: their names ({@code connection}, {@code client}) are called
     * everywhere and would have every file parsed.
     */
    private static final Pattern MEMBER_AFTER_TYPE = Pattern.compile(
            "\\s*(?:<[^;{}()=]*>)?\\s+([A-Za-z_$][\\w$]*)\\s*(?:([;=])|\\(\\s*[)\\w])");

    /** The modifiers before a field's type that show it is a field ({@code private}, {@code public static final}). */
    private static final Pattern FIELD_MODIFIERS = Pattern.compile(
            "\\b(?:private|protected|public|static|final)\\s+(?:(?:static|final|volatile|transient)\\s+)*$");

    /** How far before a type its modifiers are looked for. */
    private static final int MODIFIERS_SPAN = 120;

    private static Set<String> clientTypeNames(ClientCatalog catalog) {
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
        // each type name found by indexOf, then the declaration matched around it: far cheaper than one pattern of
        // every type name tried at every word of every file
        Matcher after = MEMBER_AFTER_TYPE.matcher(text);
        Matcher modifiers = FIELD_MODIFIERS.matcher(text).useTransparentBounds(true);
        for (String type : clientTypes) {
            for (int at = text.indexOf(type); at >= 0; at = text.indexOf(type, at + type.length())) {
                int end = at + type.length();
                if (at > 0 && Character.isJavaIdentifierPart(text.charAt(at - 1))
                        || !after.region(end, text.length()).lookingAt()) {
                    continue;
                }
                String name = after.group(1);
                if (after.group(2) == null) {
                    names.add(name);
                } else if (modifiers.region(Math.max(0, at - MODIFIERS_SPAN), at).find()) {
                    names.add(name);
                    names.add("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
                }
            }
        }
        if (!text.contains("record")) {
            return names;
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
}
