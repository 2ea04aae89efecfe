package dev.slotlint.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a file silences findings: {@code @SuppressWarnings("slotlint:CrossSlot")} (or {@code "slotlint"}) on a class,
 * method, constructor, field, local or parameter, and {@code slotlint:ignore [Rule...]} comments, which cover their
 * own line and the line below.
 */
public final class Suppressions {

    private static final Pattern IGNORE = Pattern.compile("slotlint:ignore((?:[\\s,]+\\w+)*)");
    private static final String ALL = "*";

    /** Lines {@code from..to} where the rules (or {@code *}, every rule) are silenced. */
    private record Range(int from, int to, Set<String> rules) {
    }

    public static final Suppressions NONE = new Suppressions(List.of());

    private final List<Range> ranges;

    /** Also how an analysis cache reads one back (see {@code dev.slotlint.cache}). */
    @JsonCreator
    private Suppressions(@JsonProperty("ranges") List<Range> ranges) {
        this.ranges = ranges;
    }

    public boolean covers(String ruleId, int line) {
        for (Range range : ranges) {
            if (line >= range.from && line <= range.to && (range.rules.contains(ALL) || range.rules.contains(ruleId))) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Suppressions of a parsed Java file. */
    public static Suppressions of(CompilationUnit unit) {
        List<Range> ranges = new ArrayList<>();
        UnitNodes nodes = UnitNodes.of(unit);
        for (Comment comment : nodes.comments()) {
            comment.getBegin().ifPresent(begin -> ignoreComment(comment.getContent(), begin.line,
                    comment.getEnd().map(e -> e.line).orElse(begin.line), ranges));
        }
        for (AnnotationExpr annotation : nodes.annotations().stream()
                .filter(a -> a.getNameAsString().equals("SuppressWarnings")
                        || a.getNameAsString().equals("java.lang.SuppressWarnings")).toList()) {
            Set<String> rules = slotlintRules(annotation);
            Node annotated = annotation.getParentNode().orElse(null);
            if (!rules.isEmpty() && annotated != null && annotated.getRange().isPresent()) {
                ranges.add(new Range(annotated.getRange().get().begin.line, annotated.getRange().get().end.line, rules));
            }
        }
        return ranges.isEmpty() ? NONE : new Suppressions(List.copyOf(ranges));
    }

    /** Suppressions of a configuration file: {@code # slotlint:ignore Rule} comments. */
    public static Suppressions ofText(String text) {
        List<Range> ranges = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int hash = lines[i].indexOf('#');
            if (hash >= 0) {
                ignoreComment(lines[i].substring(hash + 1), i + 1, i + 1, ranges);
            }
        }
        return ranges.isEmpty() ? NONE : new Suppressions(List.copyOf(ranges));
    }

    private static void ignoreComment(String content, int firstLine, int lastLine, List<Range> ranges) {
        Matcher matcher = IGNORE.matcher(content);
        if (matcher.find()) {
            Set<String> rules = new LinkedHashSet<>();
            for (String rule : matcher.group(1).trim().split("[\\s,]+")) {
                if (!rule.isEmpty()) {
                    rules.add(rule);
                }
            }
            ranges.add(new Range(firstLine, lastLine + 1, rules.isEmpty() ? Set.of(ALL) : rules));
        }
    }

    private static Set<String> slotlintRules(AnnotationExpr annotation) {
        List<Expression> values = new ArrayList<>();
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            values.add(single.getMemberValue());
        } else if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals("value")) {
                    values.add(pair.getValue());
                }
            }
        }
        Set<String> rules = new LinkedHashSet<>();
        for (Expression value : values) {
            List<Expression> items = value instanceof ArrayInitializerExpr array ? array.getValues() : List.of(value);
            for (Expression item : items) {
                if (item instanceof StringLiteralExpr literal) {
                    String text = literal.getValue();
                    if (text.equals("slotlint")) {
                        rules.add(ALL);
                    } else if (text.startsWith("slotlint:")) {
                        rules.add(text.substring("slotlint:".length()));
                    }
                }
            }
        }
        return rules;
    }
}
