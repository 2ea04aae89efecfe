package dev.slotlint.key;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Variables}: what names and field accesses hold. */
class VariablesTest {

    private static final String CONSTANTS = """
            package shop;

            public interface Prefixes {
                String ORDER = "order:";
            }
            """;
    private static final String HOLDER = """
            package shop;

            public class Holder implements Prefixes {
                public static final String CART = ORDER + "cart:";
                public static final String A = B + "a";
                public static final String B = A + "b";
                public String mutable = "m:";
            }
            """;

    @Test
    void constantsOfOtherTypesAndInheritedInterfaceConstants() {
        assertEquals("\"order:cart:\" + ‹id›", Expressions.in(CONSTANTS, HOLDER).value("", "Holder.CART + id"));
    }

    @Test
    void aFieldOfAnObjectIsUnknown() {
        assertEquals("‹h.mutable›", Expressions.in(CONSTANTS, HOLDER).value("Holder h = new Holder();", "h.mutable"));
    }

    @Test
    void localsStandAsTheyAreWhereUsed() {
        assertEquals("\"b:\" + ‹id›", Expressions.evaluate("String k = \"a:\"; k = \"b:\"; k += id;", "k"));
    }

    @Test
    void aCyclicConstantIsReportedAndUnknown() {
        Expressions project = Expressions.in(CONSTANTS, HOLDER);
        assertEquals("‹A›", project.value("", "Holder.A"));
        assertTrue(project.problems().stream().anyMatch(p -> p.message().startsWith(
                "cyclic constant shop.Holder#A -> shop.Holder#B -> shop.Holder#A")), project.problems().toString());
    }
}
