package dev.slotlint.cache;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class CodeTextTest {

    private static final String CODE = "class A {\n    String k = \"a\" + \"b\";\n}\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a comment appended                 | class A {\\n    String k = "a" + "b";\\n}\\n// edited\\n
            an end-of-line comment             | class A { // the class\\n    String k = "a" + "b";\\n}\\n
            a block comment edited in place    | class A {\\n    String k = "a" + "b"; /* key */\\n}\\n
            spaces at the end of a line        | class A {   \\n    String k = "a" + "b";\\n}\\n
            blank lines at the end             | class A {\\n    String k = "a" + "b";\\n}\\n\\n\\n
            windows line ends                  | class A {\\r\\n    String k = "a" + "b";\\r\\n}\\r\\n
            """)
    void sameCode(String edit, String text) {
        assertEquals(CodeText.of(CODE), CodeText.of(unescape(text)), edit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a string changed                      | class A {\\n    String k = "a" + "c";\\n}\\n
            a comment inside a string is the string | class A {\\n    String k = "a/**/" + "b";\\n}\\n
            a line added above                    | // the class\\nclass A {\\n    String k = "a" + "b";\\n}\\n
            code moved along its line             | class A {\\n    String k = /**/"a" + "b";\\n}\\n
            a suppression comment                 | class A {\\n    String k = "a" + "b"; // slotlint:ignore\\n}\\n
            a comment left open                   | class A {\\n    String k = "a" + "b";\\n}\\n/* open\\n
            a unicode escape                      | class A {\\n    String k = "a" + "b"; // \\\\u000a k = null;\\n}\\n
            a string across a comment's end       | class A {\\n    String k = "a */" + "b";\\n}\\n
            """)
    void otherCode(String edit, String text) {
        assertNotEquals(CodeText.of(CODE), CodeText.of(unescape(text)), edit);
    }

    private static String unescape(String text) {
        return text.replace("\\\\", "\u0000").replace("\\n", "\n").replace("\\r", "\r").replace("\u0000", "\\");
    }
}
