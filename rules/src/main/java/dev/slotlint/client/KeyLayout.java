package dev.slotlint.client;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the keys are among a method's arguments, written as a line of tokens in the catalog.
 *
 * <table>
 *   <tr><td>{@code k}</td><td>one key</td></tr>
 *   <tr><td>{@code k...}</td><td>keys as varargs (several arguments, or one array)</td></tr>
 *   <tr><td>{@code k..._}</td><td>varargs of keys and then one argument that is not a key: Jedis 2.9/3.x
 *       {@code blpop(String... args)}, whose last argument is the timeout</td></tr>
 *   <tr><td>{@code k[]}</td><td>an array of keys</td></tr>
 *   <tr><td>{@code k*}</td><td>a collection of keys</td></tr>
 *   <tr><td>{@code kv...}</td><td>keys and values alternating, as varargs</td></tr>
 *   <tr><td>{@code kv{}}</td><td>a map whose keys are keys</td></tr>
 *   <tr><td>{@code #k...}</td><td>a key count, then varargs whose first <i>count</i> are keys (EVAL)</td></tr>
 *   <tr><td>{@code w}</td><td>one wrapper whose first argument is a key: Spring's {@code MoveFrom.fromHead(key)}
 *       </td></tr>
 *   <tr><td>{@code w...}</td><td>varargs of wrappers whose first argument is a key: {@code StreamOffset.from(key, id)},
 *       {@code Map.entry(key, id)}</td></tr>
 *   <tr><td>{@code @}</td><td>an options object whose builder calls name keys: {@code store}/{@code storeDist}
 *       (GEORADIUS ... STORE), {@code keys}/{@code by} (Lettuce's {@code LcsArgs})</td></tr>
 *   <tr><td>{@code $}</td><td>a Lua script (EVAL): its text, a script object ({@code RedisScript}), or the SHA {@code scriptLoad} gave for it (EVALSHA); read for the keys the script builds itself</td></tr>
 *   <tr><td>{@code _}</td><td>an argument that is not a key</td></tr>
 *   <tr><td>{@code _...}</td><td>any number of arguments that are not keys</td></tr>
 *   <tr><td>{@code ^}</td><td>(first, takes no argument) the key the receiver is bound to: Spring's
 *       {@code template.boundSetOps(key).union(other)}</td></tr>
 * </table>
 *
 * @param bound whether the receiver's bound key comes before the arguments' keys
 */
public record KeyLayout(List<Slot> slots, boolean bound) {

    private static final String BOUND = "^";

    /** What one parameter position holds. */
    public enum Slot {
        KEY("k", false),
        KEYS("k...", true),
        KEYS_THEN_OTHER("k..._", true),
        KEY_ARRAY("k[]", false),
        KEY_COLLECTION("k*", false),
        KEYS_AND_VALUES("kv...", true),
        KEY_MAP("kv{}", false),
        COUNTED_KEYS("#k...", true),
        WRAPPED_KEY("w", false),
        WRAPPED_KEYS("w...", true),
        STORE_OPTION("@", false),
        SCRIPT("$", false),
        OTHER("_", false),
        OTHERS("_...", true);

        final String token;
        final boolean varargs;

        Slot(String token, boolean varargs) {
            this.token = token;
            this.varargs = varargs;
        }

        static Slot ofToken(String token) {
            for (Slot slot : values()) {
                if (slot.token.equals(token)) {
                    return slot;
                }
            }
            throw new IllegalArgumentException("unknown key layout token '" + token + "'");
        }
    }

    public static KeyLayout parse(String text) {
        List<Slot> slots = new ArrayList<>();
        boolean bound = false;
        for (String token : text.trim().split("\\s+")) {
            if (token.equals(BOUND) && slots.isEmpty() && !bound) {
                bound = true;
            } else if (!token.isEmpty()) {
                slots.add(Slot.ofToken(token));
            }
        }
        for (int i = 0; i < slots.size() - 1; i++) {
            if (slots.get(i).varargs) {
                throw new IllegalArgumentException("varargs token must come last in '" + text + "'");
            }
        }
        return new KeyLayout(List.copyOf(slots), bound);
    }

    /** True when the last position takes any number of arguments. */
    public boolean varargs() {
        return !slots.isEmpty() && slots.get(slots.size() - 1).varargs;
    }

    /** True when a call with this many arguments can bind to this layout. */
    public boolean acceptsArity(int arguments) {
        return varargs() ? arguments >= slots.size() - 1 : arguments == slots.size();
    }

    /** True when this layout names at least one key position. */
    public boolean hasKeys() {
        return bound || slots.stream().anyMatch(s -> s != Slot.OTHER && s != Slot.OTHERS && s != Slot.SCRIPT);
    }

    @Override
    public String toString() {
        return (bound ? BOUND + " " : "") + String.join(" ", slots.stream().map(s -> s.token).toList());
    }
}
