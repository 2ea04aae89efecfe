package dev.slotlint.client;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.expr.SwitchExpr;
import dev.slotlint.source.Location;
import dev.slotlint.source.Resolver;
import dev.slotlint.source.TypeNames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Code that picks standalone, sentinel or cluster clients by a setting: an if/else or switch over a mode, beans made
 * under a condition, one class per mode. Such a standalone client is the right client for its mode, not a MOVED
 * hazard; and cluster clients such code makes do not prove that the project runs on a cluster.
 */
public final class ModeSwitches {

    /** Words that name a deployment mode, in the identifiers and strings of a condition. */
    private static final Set<String> MODE_WORDS = Set.of("cluster", "clusters", "sentinel", "sentinels",
            "standalone", "single", "mode");
    /** Where identifiers and strings split into words: camel case, underscores, dots, anything not a letter. */
    private static final Pattern WORD_BREAK = Pattern.compile("(?<=[a-z])(?=[A-Z])|[^A-Za-z]+");
    /** Annotations under which a bean or configuration class is made only for some settings. */
    private static final Pattern CONDITIONAL = Pattern.compile("Conditional\\w*|Profile|Requires|IfBuildProfile"
            + "|LookupIfProperty|IfBuildProperty");
    /** How many method calls deep a creation's branch is looked for. */
    private static final int CALL_DEPTH = 3;

    private ModeSwitches() {
    }

    /**
     * Where a client creation sits, as far as the choice of mode goes.
     *
     * @param branches    the arms of selections it lies in, directly or through the methods that lead to it
     * @param conditional the conditional annotation on its method or class, or null
     * @param owner       the top-level project type that makes it
     * @param supertypes  the project types that owner extends or implements, transitively
     */
    public record Context(List<Branch> branches, String conditional, String owner, Set<String> supertypes) {

        public static final Context NONE = new Context(List.of(), null, "", Set.of());

        public Context {
            branches = List.copyOf(branches);
            supertypes = Set.copyOf(supertypes);
        }
    }

    /**
     * One arm of a selection.
     *
     * @param selection identifies the if/else chain, switch or conditional expression
     * @param arm       which of its arms
     * @param byMode    whether its condition speaks of a mode ({@code clusterMode}, {@code "sentinel"})
     * @param condition the condition as written, shortened
     */
    public record Branch(String selection, int arm, boolean byMode, Location location, String condition) {
    }

    /** The context of a creating expression, read from its tree. */
    static Context contextOf(Path file, Node creation, Resolver resolver) {
        List<Branch> branches = new ArrayList<>();
        collectBranches(file, creation, 0, branches);
        TypeDeclaration<?> owner = topLevel(creation);
        Set<String> supertypes = new LinkedHashSet<>();
        if (owner != null) {
            supertypesOf(owner, resolver, supertypes, 0);
        }
        return new Context(branches, conditional(creation), owner == null ? "" : TypeNames.qualifiedName(owner),
                supertypes);
    }

    private static void collectBranches(Path file, Node node, int depth, List<Branch> branches) {
        Node child = node;
        for (Node parent = node.getParentNode().orElse(null); parent != null;
             child = parent, parent = parent.getParentNode().orElse(null)) {
            if (parent instanceof IfStmt branch && child != branch.getCondition()) {
                branches.add(ifBranch(file, branch, child == branch.getThenStmt()));
            } else if (parent instanceof ConditionalExpr choice && child != choice.getCondition()) {
                branches.add(new Branch(id(file, choice), child == choice.getThenExpr() ? 0 : 1,
                        mentionsMode(choice.getCondition()), location(file, choice), shorten(choice.getCondition())));
            } else if (parent instanceof SwitchEntry entry && child != null && entry.getParentNode().isPresent()) {
                Node selector = entry.getParentNode().get();
                Expression on = selector instanceof SwitchStmt s ? s.getSelector()
                        : selector instanceof SwitchExpr e ? e.getSelector() : null;
                if (on != null) {
                    int arm = ((com.github.javaparser.ast.nodeTypes.SwitchNode) selector).getEntries().indexOf(entry);
                    boolean byMode = mentionsMode(on) || entry.getLabels().stream().anyMatch(ModeSwitches::mentionsMode);
                    branches.add(new Branch(id(file, selector), arm, byMode, location(file, selector), shorten(on)));
                }
            } else if (parent instanceof CallableDeclaration<?> callable) {
                if (depth < CALL_DEPTH) {
                    for (Node call : callsOf(callable)) {
                        collectBranches(file, call, depth + 1, branches);
                    }
                }
                return;
            }
        }
    }

    /** One arm of an if/else chain, identified by the chain's first {@code if}. */
    private static Branch ifBranch(Path file, IfStmt branch, boolean then) {
        IfStmt head = branch;
        int arm = then ? 0 : 1;
        while (head.getParentNode().orElse(null) instanceof IfStmt outer && outer.getElseStmt().orElse(null) == head) {
            head = outer;
            arm++;
        }
        List<Expression> conditions = new ArrayList<>();
        for (IfStmt link = head; link != null; link = link.getElseStmt().filter(Node.class::isInstance)
                .filter(s -> s instanceof IfStmt).map(s -> (IfStmt) s).orElse(null)) {
            conditions.add(link.getCondition());
        }
        boolean byMode = conditions.stream().anyMatch(ModeSwitches::mentionsMode);
        return new Branch(id(file, head), arm, byMode, location(file, head), shorten(head.getCondition()));
    }

    /**
     * The calls in the same file of a method: by name and number of arguments, on this object or (static) on its
     * class.
     */
    private static List<Node> callsOf(CallableDeclaration<?> callable) {
        Optional<CompilationUnit> unit = callable.findCompilationUnit();
        if (unit.isEmpty() || callable instanceof ConstructorDeclaration) {
            return List.of();
        }
        String name = callable.getNameAsString();
        int arity = callable.getParameters().size();
        String owner = callable.findAncestor(TypeDeclaration.class).map(t -> t.getNameAsString()).orElse("");
        return new ArrayList<>(unit.get().findAll(MethodCallExpr.class, call -> call.getNameAsString().equals(name)
                && call.getArguments().size() == arity
                && (call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr
                || call.getScope().get().toString().equals(owner))
                && call.findAncestor(CallableDeclaration.class).orElse(null) != callable));
    }

    private static String conditional(Node creation) {
        for (Node node = creation; node != null; node = node.getParentNode().orElse(null)) {
            if ((node instanceof MethodDeclaration || node instanceof TypeDeclaration<?>)
                    && node instanceof NodeWithAnnotations<?> annotated) {
                for (AnnotationExpr annotation : annotated.getAnnotations()) {
                    if (CONDITIONAL.matcher(annotation.getName().getIdentifier()).matches()) {
                        return shorten(annotation);
                    }
                }
            }
        }
        return null;
    }

    private static TypeDeclaration<?> topLevel(Node node) {
        TypeDeclaration<?> found = null;
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> type) {
                found = type;
            }
        }
        return found;
    }

    private static void supertypesOf(TypeDeclaration<?> type, Resolver resolver, Set<String> found, int depth) {
        if (depth > 8) {
            return;
        }
        for (TypeDeclaration<?> supertype : resolver.supertypes(type)) {
            if (found.add(TypeNames.qualifiedName(supertype))) {
                supertypesOf(supertype, resolver, found, depth + 1);
            }
        }
    }

    static boolean mentionsMode(Node condition) {
        for (String word : WORD_BREAK.split(condition.toString())) {
            if (MODE_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String id(Path file, Node node) {
        var at = node.getBegin().orElseThrow();
        return file + ":" + at.line + ":" + at.column;
    }

    private static Location location(Path file, Node node) {
        var at = node.getBegin().orElseThrow();
        return new Location(file, at.line, at.column);
    }

    private static String shorten(Node node) {
        String text = node.toString().replaceAll("\\s+", " ");
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    /**
     * Why a standalone client is one mode's choice in a project whose code also makes cluster clients, or empty when
     * it is made whatever the mode.
     */
    public static Optional<String> alternative(ClientCreation standalone, List<ClientCreation> cluster) {
        if (cluster.isEmpty()) {
            return Optional.empty();
        }
        Context context = standalone.context();
        for (Branch branch : context.branches()) {
            for (ClientCreation other : cluster) {
                for (Branch theirs : other.context().branches()) {
                    if (theirs.selection().equals(branch.selection()) && theirs.arm() != branch.arm()) {
                        return Optional.of(cite(branch.location()) + ", by " + branch.condition());
                    }
                }
            }
        }
        for (Branch branch : context.branches()) {
            if (branch.byMode()) {
                return Optional.of(cite(branch.location()) + ", by " + branch.condition());
            }
        }
        if (context.conditional() != null) {
            return Optional.of(cite(standalone.location()) + ", by " + context.conditional());
        }
        for (ClientCreation other : cluster) {
            String theirs = other.context().owner();
            if (!theirs.equals(context.owner()) && context.supertypes().stream()
                    .anyMatch(s -> other.context().supertypes().contains(s))) {
                return Optional.of(cite(standalone.location()) + ", one class per mode: "
                        + simple(context.owner()) + ", " + simple(theirs));
            }
        }
        return Optional.empty();
    }

    private static String cite(Location location) {
        return location.file().getFileName() + ":" + location.line();
    }

    private static String simple(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
