package dev.slotlint.key;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.slotlint.source.Problem;
import dev.slotlint.source.ProjectIndex;
import dev.slotlint.source.SourceFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The key engine, one Java expression at a time: each case is evaluated inside a small project (constants, helper
 * classes, enums, static imports) and its value compared with how a reader would write it. Unknown values print as
 * {@code ‹name›}; values that vary per element of a collection built in a loop as {@code ‹name›*}.
 */
class KeyEvaluatorTest {

    private static final String KEYS = """
            package shop.keys;

            import java.util.List;

            public final class Keys {
                public static final String USER = "user:";
                public static final String CART = USER + "cart:";
                public static final int SHARDS = 16;
                public static final long BIG = 1L << 40;
                public static final char SEP = ':';
                public static final String TAGGED = "{" + "shop" + "}";
                public static final String[] PARTS = {"a", "b"};
                public static final List<String> LIST = List.of("x", "y");

                private Keys() {
                }

                public static String user(long id) {
                    return USER + id;
                }

                public static String profile(String id) {
                    return "{" + USER + id + "}:profile";
                }

                public static String nested(String id) {
                    return profile(id) + ":v2";
                }

                public static String choose(boolean premium, String id) {
                    if (premium) {
                        return "vip:" + id;
                    }
                    return "std:" + id;
                }

                public static String recurse(String id) {
                    return recurse(id + "x");
                }

                public static String sb(String id) {
                    StringBuilder b = new StringBuilder("sb:");
                    b.append(id);
                    return b.toString();
                }

                public static String fmt(int n) {
                    return String.format("shard-%02d", n);
                }
            }
            """;

    private static final String OTHERS = """
            package shop.keys;

            public interface Prefixes {
                String ORDER = "order:";
            }

            enum Kind { USER, ORDER }
            """;

    private static final String FAMILY = """
            package shop.keys;

            public enum Family {
                PROFILE("profile:"), CART("cart:");

                private final String prefix;

                Family(String prefix) {
                    this.prefix = prefix;
                }

                public String key(String id) {
                    return prefix + id;
                }
            }
            """;

    private static final String FACTORY = """
            package shop.keys;

            public class KeyFactory {
                private final String ns = "ns:";

                public String user(String id) {
                    return ns + id;
                }
            }
            """;

    private static final String CYCLE = """
            package shop.keys;

            class Cycle {
                static final String A = Other.B + "a";
            }

            class Other {
                static final String B = Cycle.A + "b";
            }
            """;

    /** Each case: setup statements (may be empty), the expression, what it evaluates to. */
    record Case(String setup, String expression, String expected) {
        @Override
        public String toString() {
            return (setup.isEmpty() ? "" : setup + " ") + expression + "  =>  " + expected;
        }
    }

    private static Case eq(String expression, String expected) {
        return new Case("", expression, expected);
    }

    private static Case after(String setup, String expression, String expected) {
        return new Case(setup, expression, expected);
    }

    static final List<Case> CASES = List.of(
            // literals
            eq("\"user:101\"", "\"user:101\""),
            eq("'x'", "\"x\""),
            eq("\"a\\tb\"", "\"a\\tb\""),
            eq("\"\"\"\n            hello\n            world\"\"\"", "\"hello\\nworld\""),
            eq("42", "\"42\""),
            eq("42L", "\"42\""),
            eq("0x1F", "\"31\""),
            eq("1_000", "\"1000\""),
            eq("1.5", "\"1.5\""),
            eq("2.5f", "\"2.5\""),
            eq("true", "\"true\""),
            eq("null", "\"null\""),
            eq("\"caf\\u00e9\"", "\"café\""),
            // concatenation and numbers, with Java's left-to-right typing
            eq("\"user:\" + 101", "\"user:101\""),
            eq("1 + 2 + \":x\"", "\"3:x\""),
            eq("\":x\" + 1 + 2", "\":x12\""),
            eq("'a' + 1 + \"\"", "\"98\""),
            eq("\"a\" + 'b'", "\"ab\""),
            eq("\"v\" + 1.0", "\"v1.0\""),
            eq("\"n\" + (7 * 6)", "\"n42\""),
            eq("\"n\" + (-5 % 3)", "\"n-2\""),
            eq("\"h\" + (1 << 4)", "\"h16\""),
            eq("\"user:\" + id", "\"user:\" + ‹id›"),
            eq("\"{\" + id + \"}:name\"", "\"{\" + ‹id› + \"}:name\""),
            eq("id + \":cart\"", "‹id› + \":cart\""),
            eq("\"u:\" + userId", "\"u:\" + ‹userId›"),
            eq("\"user:\".concat(id)", "\"user:\" + ‹id›"),
            eq("\"a\".concat(\"b\")", "\"ab\""),
            eq("(\"a\" + \"b\") + (\"c\" + id)", "\"abc\" + ‹id›"),
            eq("\"s:\" + (count + 1)", "\"s:\" + ‹count + 1›"),
            // constants anywhere in the project
            eq("Keys.USER + id", "\"user:\" + ‹id›"),
            eq("Keys.CART", "\"user:cart:\""),
            eq("shop.keys.Keys.USER", "\"user:\""),
            eq("USER", "\"user:\""),
            eq("Prefixes.ORDER + 7", "\"order:7\""),
            eq("ORDER", "\"order:\""),
            eq("Keys.SHARDS * 2 + \"\"", "\"32\""),
            eq("\"s\" + Keys.BIG", "\"s1099511627776\""),
            eq("\"a\" + Keys.SEP + \"b\"", "\"a:b\""),
            eq("Keys.TAGGED + \":x\"", "\"{shop}:x\""),
            eq("LOCAL", "\"local:\""),
            eq("this.prefix + id", "\"p:\" + ‹id›"),
            eq("mutable + id", "\"m:\" + ‹id›"),
            eq("Kind.USER.name()", "\"USER\""),
            eq("Kind.ORDER.toString()", "\"ORDER\""),
            eq("\"k:\" + Kind.USER", "\"k:USER\""),
            eq("Keys.PARTS[1]", "\"b\""),
            eq("Keys.LIST.get(0)", "\"x\""),
            eq("\"n\" + Keys.PARTS.length", "\"n2\""),
            eq("Cycle.A", "‹A›"),
            // String and wrapper methods
            eq("String.valueOf(42)", "\"42\""),
            eq("String.valueOf(id)", "‹id›"),
            eq("Integer.toString(7)", "\"7\""),
            eq("Long.toString(255, 16)", "\"ff\""),
            eq("\"ABC\".toLowerCase()", "\"abc\""),
            eq("\"abc\".toUpperCase()", "\"ABC\""),
            eq("\" x \".trim()", "\"x\""),
            eq("\"user:101\".substring(5)", "\"101\""),
            eq("\"user:101\".substring(0, 4)", "\"user\""),
            eq("\"a-b\".replace(\"-\", \":\")", "\"a:b\""),
            eq("\"ab\".repeat(2)", "\"abab\""),
            eq("\"x\".intern()", "\"x\""),
            eq("Objects.requireNonNull(\"r\")", "\"r\""),
            // String.format and formatted
            eq("String.format(\"user:%s\", id)", "\"user:\" + ‹id›"),
            eq("String.format(\"user:%d:%s\", 7, \"a\")", "\"user:7:a\""),
            eq("String.format(\"%x\", 255)", "\"ff\""),
            eq("String.format(\"%X\", 255)", "\"FF\""),
            eq("String.format(\"%05d\", 42)", "\"00042\""),
            eq("String.format(\"{%s}:%s\", id, \"cart\")", "\"{\" + ‹id› + \"}:cart\""),
            eq("\"user:%s:%s\".formatted(id, 3)", "\"user:\" + ‹id› + \":3\""),
            eq("String.format(\"%2$s-%1$s\", \"a\", \"b\")", "\"b-a\""),
            eq("String.format(Locale.ROOT, \"n:%d\", 5)", "\"n:5\""),
            eq("String.format(\"%d\", userId)", "‹userId›"),
            eq("String.format(\"%%%s\", \"x\")", "\"%x\""),
            eq("String.format(\"%c%b\", 'q', true)", "\"qtrue\""),
            // joining
            eq("String.join(\":\", \"a\", \"b\", id)", "\"a:b:\" + ‹id›"),
            eq("String.join(\"-\", List.of(\"x\", \"y\"))", "\"x-y\""),
            eq("Joiner.on(':').join(\"a\", \"b\")", "\"a:b\""),
            // builders
            eq("new StringBuilder(\"user:\").append(id).toString()", "\"user:\" + ‹id›"),
            eq("new StringBuilder().append(\"a\").append(1).append('c').toString()", "\"a1c\""),
            after("StringBuilder b = new StringBuilder(); b.append(\"x:\"); b.append(id);", "b.toString()",
                    "\"x:\" + ‹id›"),
            after("StringBuilder b = new StringBuilder(\"y:\"); b.append(1).append(2);", "b.toString()", "\"y:12\""),
            eq("new StringBuffer(\"a\").append(\"b\").toString()", "\"ab\""),
            eq("new StringBuilder(16).append(\"z\").toString()", "\"z\""),
            eq("\"p\" + new StringBuilder(\"q\")", "\"pq\""),
            // byte[] keys
            eq("\"user:1\".getBytes()", "\"user:1\""),
            eq("\"user:1\".getBytes(StandardCharsets.UTF_8)", "\"user:1\""),
            eq("\"user:1\".getBytes(StandardCharsets.US_ASCII)", "\"user:1\""),
            eq("SafeEncoder.encode(\"k:\" + id)", "\"k:\" + ‹id›"),
            eq("\"é\".getBytes(StandardCharsets.ISO_8859_1)", "‹\"é\".getBytes(StandardCharsets.ISO_885...›"),
            // the project's key helpers, evaluated with the caller's arguments
            eq("Keys.user(101)", "\"user:101\""),
            eq("Keys.profile(id)", "\"{user:\" + ‹id› + \"}:profile\""),
            eq("Keys.nested(\"7\")", "\"{user:7}:profile:v2\""),
            eq("Keys.choose(flag, id)", "(\"vip:\" + ‹id› | \"std:\" + ‹id›)"),
            eq("Keys.choose(true, \"1\")", "\"vip:1\""),
            eq("Keys.choose(false, \"1\")", "\"std:1\""),
            eq("Keys.sb(\"q\")", "\"sb:q\""),
            eq("Keys.fmt(3)", "\"shard-03\""),
            eq("Keys.recurse(\"a\")", "‹recurse(\"a\" + \"x\")›"),
            eq("Family.CART.key(\"7\")", "\"cart:7\""),
            eq("Family.PROFILE.key(id)", "\"profile:\" + ‹id›"),
            eq("new KeyFactory().user(id)", "\"ns:\" + ‹id›"),
            eq("factory.user(\"1\")", "\"ns:1\""),
            eq("own(id)", "\"own:\" + ‹id›"),
            eq("this.own(\"z\")", "\"own:z\""),
            // alternatives
            eq("flag ? \"a\" : \"b\"", "(\"a\" | \"b\")"),
            eq("true ? \"a\" : \"b\"", "\"a\""),
            eq("\"k:\" + (flag ? 1 : 2)", "(\"k:1\" | \"k:2\")"),
            eq("switch (count) { case 1 -> \"one\"; default -> \"many\"; }", "(\"one\" | \"many\")"),
            // locals, as they stand where they are used
            after("String k = \"a\"; k = \"b\";", "k", "\"b\""),
            after("String k = \"a\"; k += id;", "k", "\"a\" + ‹id›"),
            after("String k; if (flag) { k = \"x\"; } else { k = \"y\"; }", "k", "(\"x\" | \"y\")"),
            after("String k = \"base\"; if (flag) { k = \"other\"; }", "k", "(\"other\" | \"base\")"),
            after("String k = \"a\"; for (String s : ids) { k = k + s; }", "k", "‹k›"),
            after("final String prefix = Keys.USER; String k = prefix + id;", "k", "\"user:\" + ‹id›"),
            after("var k = \"v:\" + count;", "k", "\"v:\" + ‹count›"),
            after("String k = System.getenv(\"K\");", "k", "‹k›"),
            after("String k = request();", "k", "\"m:\""),
            after("String k = \"a\"; String j = k; k = \"b\";", "j + k", "\"ab\""),
            after("String k = \"a\"; if (flag) { return \"early\"; } k = \"b\";", "k", "\"b\""),
            after("String k = \"t\"; try { k = \"u\"; } finally { }", "k", "\"u\""),
            // collections of keys
            eq("List.of(\"a\", \"b\")", "[\"a\", \"b\"]"),
            eq("new String[] {\"a\", id}", "[\"a\", ‹id›]"),
            eq("Arrays.asList(\"x\", \"y\")", "[\"x\", \"y\"]"),
            eq("Map.of(\"k1\", \"v1\", \"k2\", \"v2\")", "[\"k1\", \"k2\"]"),
            eq("Set.of(\"a\")", "[\"a\"]"),
            eq("Map.ofEntries(Map.entry(\"a\", \"1\"))", "[\"a\"]"),
            eq("Collections.singletonList(\"s\")", "[\"s\"]"),
            after("Map<String, String> m = new HashMap<>(); m.put(\"a\", \"1\"); m.put(\"b\", \"2\");", "m",
                    "[\"a\", \"b\"]"),
            after("List<String> l = new ArrayList<>(); l.add(\"a\"); l.add(Keys.USER + id);", "l",
                    "[\"a\", \"user:\" + ‹id›]"),
            after("List<String> l = new ArrayList<>(); for (String x : ids) { l.add(\"u:\" + x); }", "l",
                    "[\"u:\" + ‹x›*]"),
            after("String[] arr = new String[2]; arr[0] = \"a\"; arr[1] = \"b\";", "arr", "[\"a\", \"b\"]"),
            after("List<String> l = new ArrayList<>(List.of(\"a\")); l.addAll(List.of(\"b\"));", "l",
                    "[\"a\", \"b\"]"),
            after("List<String> l = new ArrayList<>(); l.add(\"a\"); fill(l);", "l", "[…]"),
            after("List<String> l = new ArrayList<>(); if (flag) { l.add(\"a\"); }", "l", "[…]"),
            after("List<String> l = new ArrayList<>(); l.add(\"a\"); l.clear(); l.add(\"b\");", "l", "[\"b\"]"),
            eq("ids", "[…]")
    );

    private static ProjectIndex index;
    private static final List<Problem> problems = new ArrayList<>();
    private static final List<MethodDeclaration> methods = new ArrayList<>();

    @BeforeAll
    static void buildProject() {
        StringBuilder cases = new StringBuilder("""
                package shop.app;

                import com.google.common.base.Joiner;
                import java.nio.charset.StandardCharsets;
                import java.util.*;
                import redis.clients.jedis.util.SafeEncoder;
                import shop.keys.*;

                import static shop.keys.Keys.USER;

                class Cases implements Prefixes {
                    private static final String LOCAL = "local:";
                    private final String prefix = "p:";
                    private String mutable = "m:";
                    private final KeyFactory factory = new KeyFactory();

                    private String own(String id) {
                        return "own:" + id;
                    }

                    private String request() {
                        return mutable;
                    }

                    private void fill(List<String> list) {
                        list.add(mutable);
                    }
                """);
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            cases.append("    Object case").append(i)
                    .append("(String id, long userId, int count, boolean flag, List<String> ids) {\n        ")
                    .append(c.setup()).append("\n        return ").append(c.expression()).append(";\n    }\n");
        }
        cases.append("}\n");
        List<SourceFile> files = List.of(
                SourceFile.inMemory(Path.of("shop/keys/Keys.java"), KEYS),
                SourceFile.inMemory(Path.of("shop/keys/Prefixes.java"), OTHERS),
                SourceFile.inMemory(Path.of("shop/keys/Family.java"), FAMILY),
                SourceFile.inMemory(Path.of("shop/keys/KeyFactory.java"), FACTORY),
                SourceFile.inMemory(Path.of("shop/keys/Cycle.java"), CYCLE),
                SourceFile.inMemory(Path.of("shop/app/Cases.java"), cases.toString()));
        index = ProjectIndex.scan(files, text -> true, problems::add);
        var unit = index.unit(files.get(files.size() - 1)).orElseThrow(
                () -> new AssertionError("case file does not parse: " + problems));
        for (int i = 0; i < CASES.size(); i++) {
            String name = "case" + i;
            methods.add(unit.findFirst(MethodDeclaration.class, m -> m.getNameAsString().equals(name)).orElseThrow());
        }
    }

    static Stream<Integer> cases() {
        return java.util.stream.IntStream.range(0, CASES.size()).boxed();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("cases")
    void evaluates(int number) {
        Case c = CASES.get(number);
        KeyEvaluator evaluator = new KeyEvaluator(index, new ConcurrentHashMap<>(), problems::add, name -> false);
        List<ReturnStmt> returns = methods.get(number).findAll(ReturnStmt.class);
        ReturnStmt last = returns.get(returns.size() - 1);
        assertEquals(c.expected(), render(evaluator.value(last.getExpression().orElseThrow())), c.toString());
    }

    @Test
    void tableIsLargeEnough() {
        assertTrue(CASES.size() >= 80, "only " + CASES.size() + " cases");
    }

    @Test
    void cyclicConstantIsReportedWithItsLine() {
        KeyEvaluator evaluator = new KeyEvaluator(index, new ConcurrentHashMap<>(), problems::add, name -> false);
        int index = CASES.indexOf(CASES.stream().filter(c -> c.expression().equals("Cycle.A")).findFirst().orElseThrow());
        ReturnStmt statement = methods.get(index).findFirst(ReturnStmt.class).orElseThrow();
        evaluator.value(statement.getExpression().orElseThrow());
        assertTrue(problems.stream().anyMatch(p -> p.location().file().toString().equals("shop/keys/Cycle.java")
                        && p.location().line() == 4
                        && p.message().equals("cyclic constant shop.keys.Cycle#A -> shop.keys.Other#B -> shop.keys.Cycle#A;"
                        + " its value is treated as unknown")),
                problems.toString());
    }

    /** Values as a reader writes them; per-element unknowns get a star, collections brackets. */
    static String render(Value value) {
        if (value instanceof Value.Single single) {
            return render(single.text());
        }
        Value.Elements elements = (Value.Elements) value;
        String listed = elements.elements().stream().map(KeyEvaluatorTest::render).collect(Collectors.joining(", "));
        if (!elements.exhaustive()) {
            listed = listed.isEmpty() ? "…" : listed + ", …";
        }
        return "[" + listed + "]";
    }

    static String render(KeyValue key) {
        String rendered = key.alternatives().stream().map(parts -> parts.isEmpty() ? "\"\"" : parts.stream()
                        .map(p -> p instanceof Part.Text t ? KeyValue.quote(t.text())
                                : ((Part.Unknown) p).symbol() + (((Part.Unknown) p).symbol().perElement() ? "*" : ""))
                        .collect(Collectors.joining(" + ")))
                .collect(Collectors.joining(" | "));
        return key.alternatives().size() > 1 ? "(" + rendered + ")" : rendered;
    }
}
