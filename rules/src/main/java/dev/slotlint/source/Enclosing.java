package dev.slotlint.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The named places of a Java file, by their source ranges: which type and member ({@code com.example.Shop#checkout})
 * holds a given line and column. A finding is then known by where it is rather than by its line number, which moves
 * with every edit above it. Kept as ranges, not trees, so it outlives the parse.
 */
public final class Enclosing {

    /** A type or member and the range of its declaration. */
    private record Span(int beginLine, int beginColumn, int endLine, int endColumn, String name) {

        boolean contains(Location at) {
            boolean afterBegin = at.line() > beginLine || at.line() == beginLine && at.column() >= beginColumn;
            boolean beforeEnd = at.line() < endLine || at.line() == endLine && at.column() <= endColumn;
            return afterBegin && beforeEnd;
        }

        int size() {
            return (endLine - beginLine) * 10_000 + (endColumn - beginColumn);
        }
    }

    public static final Enclosing NONE = new Enclosing(List.of());

    private final List<Span> spans;

    /** Also how an analysis cache reads one back (see {@code dev.slotlint.cache}). */
    @JsonCreator
    private Enclosing(@JsonProperty("spans") List<Span> spans) {
        this.spans = spans;
    }

    /**
     * The types, methods, constructors, initialisers, fields and enum constants of a file. Lambdas and anonymous
     * classes belong to the member they are written in, local and nested types to their own name.
     */
    public static Enclosing of(CompilationUnit unit) {
        List<Span> spans = new ArrayList<>();
        for (TypeDeclaration<?> type : UnitNodes.of(unit).types()) {
            String typeName = TypeNames.qualifiedName(type);
            add(spans, type, typeName);
            for (Node member : type.getMembers()) {
                String name = memberName(member);
                if (name != null) {
                    add(spans, member, typeName + "#" + name);
                }
            }
            if (type.isEnumDeclaration()) {
                for (EnumConstantDeclaration constant : type.asEnumDeclaration().getEntries()) {
                    add(spans, constant, typeName + "#" + constant.getNameAsString());
                }
            }
        }
        return new Enclosing(List.copyOf(spans));
    }

    /** {@code <init>} for constructors and instance initialisers, {@code <clinit>} for static ones, as javac does. */
    private static String memberName(Node member) {
        if (member instanceof ConstructorDeclaration || member instanceof CompactConstructorDeclaration) {
            return "<init>";
        }
        if (member instanceof CallableDeclaration<?> callable) {
            return callable.getNameAsString();
        }
        if (member instanceof InitializerDeclaration initializer) {
            return initializer.isStatic() ? "<clinit>" : "<init>";
        }
        if (member instanceof FieldDeclaration field) {
            return String.join(",", field.getVariables().stream().map(VariableDeclarator::getNameAsString).toList());
        }
        return null;
    }

    private static void add(List<Span> spans, Node node, String name) {
        Optional<Range> range = node.getRange();
        if (range.isPresent()) {
            Position begin = range.get().begin;
            Position end = range.get().end;
            spans.add(new Span(begin.line, begin.column, end.line, end.column, name));
        }
    }

    /** The innermost named place holding this location, or empty when none does (an import, a package line). */
    public String at(Location location) {
        Span best = null;
        for (Span span : spans) {
            if (span.contains(location) && (best == null || span.size() <= best.size())) {
                best = span;
            }
        }
        return best == null ? "" : best.name();
    }
}
