package dev.slotlint.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeclaredNamesTest {

    /** What the scan stands for. */
    private static final Pattern DECLARATION = Pattern.compile(
            "\\b(?:class|interface|enum|record)\\s+([A-Za-z_$][\\w$]*)");

    @ParameterizedTest
    @ValueSource(strings = {
            "package a; public class Shop { interface Keys {} enum Mode { A } record Point(int x) {} }",
            "class A {} class  B{} class\tC extends D {} @interface E {}",
            "subclass X; classes Y; myclass Z; x.class; Foo.class.getName(); class",
            "class record Foo {} record class Bar",
            "$class Dollar; _class Under; 9class Digit; éclass Accent; class $Money; class _x1; class 1bad",
            "enum\nLines\r\n{}; interface\u000BTab {}; record\fFeed(); class",
            "String s = \"class InString\"; // interface InComment\n/* enum InBlock */",
            ""})
    void findsWhatThePatternFinds(String text) {
        List<String> expected = new ArrayList<>();
        Matcher declared = DECLARATION.matcher(text);
        while (declared.find()) {
            expected.add(declared.group(1));
        }
        assertEquals(expected, DeclaredNames.in(text));
    }

    @org.junit.jupiter.api.Test
    void namesInTheTextsOrder() {
        assertEquals(List.of("Outer", "Keys", "Mode", "Point", "Inner"), DeclaredNames.in(
                "class Outer { interface Keys {} enum Mode {} record Point() {} class Inner {} }"));
    }
}
