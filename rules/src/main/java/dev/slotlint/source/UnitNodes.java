package dev.slotlint.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.comments.Comment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The nodes of a file that the finders look for, each kind in tree order (as {@code findAll} gives them), gathered
 * in the walk parsing makes anyway: one walk of each tree rather than one per finder.
 */
public final class UnitNodes {

    private static final DataKey<UnitNodes> KEY = new DataKey<>() {
    };

    private final List<MethodCallExpr> calls = new ArrayList<>();
    private final List<ObjectCreationExpr> creations = new ArrayList<>();
    private final List<MethodReferenceExpr> methodReferences = new ArrayList<>();
    private final List<TypeDeclaration<?>> types = new ArrayList<>();
    private final List<AnnotationExpr> annotations = new ArrayList<>();
    /** The file's comments, once gathered. */
    private List<Comment> comments;

    UnitNodes() {
    }

    /** The nodes of a tree: those gathered as it was parsed, or, for a tree made otherwise, found now. */
    public static UnitNodes of(CompilationUnit unit) {
        if (unit.containsData(KEY)) {
            return unit.getData(KEY);
        }
        UnitNodes nodes = new UnitNodes();
        unit.walk(nodes::add);
        nodes.comments = unit.getAllContainedComments();
        return nodes;
    }

    /**
     * Keeps the nodes gathered with the tree and the parser's list of the file's comments; done before the tree is
     * shared between threads.
     */
    void attachTo(CompilationUnit unit, Collection<Comment> parsed) {
        comments = List.copyOf(parsed);
        unit.setData(KEY, this);
    }

    /** Takes one node of a pre-order walk. */
    void add(Node node) {
        if (node instanceof MethodCallExpr call) {
            calls.add(call);
        } else if (node instanceof ObjectCreationExpr creation) {
            creations.add(creation);
        } else if (node instanceof MethodReferenceExpr reference) {
            methodReferences.add(reference);
        } else if (node instanceof TypeDeclaration<?> type) {
            types.add(type);
        } else if (node instanceof AnnotationExpr annotation) {
            annotations.add(annotation);
        }
    }

    public List<MethodCallExpr> calls() {
        return Collections.unmodifiableList(calls);
    }

    public List<ObjectCreationExpr> creations() {
        return Collections.unmodifiableList(creations);
    }

    public List<MethodReferenceExpr> methodReferences() {
        return Collections.unmodifiableList(methodReferences);
    }

    /** Every type declared, nested and local ones included. */
    public List<TypeDeclaration<?>> types() {
        return Collections.unmodifiableList(types);
    }

    public List<AnnotationExpr> annotations() {
        return Collections.unmodifiableList(annotations);
    }

    /** The file's comments, in the order of the text. */
    public List<Comment> comments() {
        return Collections.unmodifiableList(comments);
    }
}
