package dev.slotlint.key;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Helpers}: the project's own methods evaluated with the caller's arguments. */
class HelpersTest {

    private static final String KEYS = """
            package shop;

            public final class Keys {
                static final String USER = "user:";

                static String user(String id) {
                    return USER + id;
                }

                static String profile(String id) {
                    return "{" + user(id) + "}:profile";
                }

                static String tier(boolean premium, String id) {
                    if (premium) {
                        return "vip:" + id;
                    }
                    return "std:" + id;
                }

                static String forever(String id) {
                    return forever(id + "x");
                }

                String own(String id) {
                    return "own:" + id;
                }
            }
            """;

    @Test
    void staticHelpersTakeTheCallersArguments() {
        assertEquals("\"user:\" + ‹id›", Expressions.in(KEYS).value("", "Keys.user(id)"));
    }

    @Test
    void helpersCallHelpers() {
        assertEquals("\"{user:\" + ‹id› + \"}:profile\"", Expressions.in(KEYS).value("", "Keys.profile(id)"));
    }

    @Test
    void aConstantArgumentPrunesTheBranchesItExcludes() {
        assertEquals("\"vip:42\"", Expressions.in(KEYS).value("", "Keys.tier(true, \"42\")"));
        assertEquals("(\"vip:\" + ‹id› | \"std:\" + ‹id›)", Expressions.in(KEYS).value("", "Keys.tier(flag, id)"));
    }

    @Test
    void recursionEndsInAnUnknown() {
        assertEquals("‹forever(id + \"x\")›", Expressions.in(KEYS).value("", "Keys.forever(id)"));
    }

    @Test
    void instanceHelpersAreFoundByTheReceiversType() {
        assertEquals("\"own:\" + ‹id›", Expressions.in(KEYS).value("Keys keys = new Keys();", "keys.own(id)"));
    }
}
