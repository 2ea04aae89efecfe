package dev.slotlint.client;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.slotlint.key.KeyEvaluator;
import dev.slotlint.key.Value;
import dev.slotlint.source.Declaration;
import dev.slotlint.source.ExpressionTypes;
import dev.slotlint.source.Location;
import dev.slotlint.source.ProjectIndex;
import dev.slotlint.source.Resolver;
import dev.slotlint.source.TypeNames;
import dev.slotlint.source.UnitNodes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Follows keys through the project's own wrapper methods: finds where wrappers are called (static calls, calls on
 * fields and injected dependencies, interfaces whose every implementation in the project forwards), and turns each
 * call into a command call at the caller's line with the caller's keys. Wrappers of wrappers are followed up to
 * {@link Wrapper#MAX_DEPTH}.
 */
public final class Wrappers {

    private final ProjectIndex index;
    private final ClientCatalog catalog;
    private final Map<Wrapper, Boolean> called = Collections.synchronizedMap(new IdentityHashMap<>());

    public Wrappers(ProjectIndex index, ClientCatalog catalog) {
        this.index = index;
        this.catalog = catalog;
    }

    /** What one pass over a file found: calls through wrappers, and new wrappers of those wrappers. */
    public record Found(List<CommandCall> calls, List<Wrapper> wrappers) {
    }

    /** Wrappers looked for together, by method name. */
    public record Targets(Map<String, List<Wrapper>> byName) {

        public static Targets of(List<Wrapper> wrappers) {
            return new Targets(wrappers.stream().collect(Collectors.groupingBy(Wrapper::name)));
        }

        List<Wrapper> named(String name) {
            return byName.getOrDefault(name, List.of());
        }
    }

    /** True when some call in the project reached the wrapper: its own forwarding call is then not judged. */
    public boolean isCalled(Wrapper wrapper) {
        return called.containsKey(wrapper);
    }

    /** The forwarding calls inside wrappers that calls reached: judged at those callers instead. */
    public Set<CommandCall> forwardingSites(List<Wrapper> wrappers) {
        Set<CommandCall> sites = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        wrappers.stream().filter(this::isCalled).forEach(w -> sites.add(w.site()));
        return sites;
    }

    /** Calls in one file of any of the given wrappers. */
    public Found find(Path file, CompilationUnit unit, KeyEvaluator evaluator, Resolver resolver, Targets targets) {
        ExpressionTypes types = resolver.expressionTypes(unit);
        Set<String> names = targets.byName().keySet();
        List<CommandCall> calls = new ArrayList<>();
        List<Wrapper> derived = new ArrayList<>();
        for (MethodCallExpr call : UnitNodes.of(unit).calls()) {
            if (!names.contains(call.getNameAsString())) {
                continue;
            }
            Optional<Target> target = resolve(file, call, targets, types, resolver);
            if (target.isEmpty()) {
                continue;
            }
            for (Wrapper wrapper : sameMethod(target.get().wrapper(), targets)) {
                through(file, call, new Target(wrapper, target.get().receiver()), evaluator, resolver, calls, derived);
            }
        }
        return new Found(calls, derived);
    }

    /** Every wrapper of the method a wrapper belongs to: a method may forward its keys to several commands. */
    private static List<Wrapper> sameMethod(Wrapper wrapper, Targets targets) {
        return targets.named(wrapper.name()).stream().filter(w -> w.method().equals(wrapper.method())).toList();
    }

    /** The keys the client command gets when a wrapper's method is called with these argument values. */
    private CallFinder.KeyList keysAt(Wrapper wrapper, List<Value> arguments, KeyEvaluator evaluator,
                                      Resolver resolver) {
        Optional<MethodDeclaration> method = declaration(wrapper);
        Optional<MethodCallExpr> call = method.flatMap(m -> m.findFirst(MethodCallExpr.class,
                c -> Wrapper.at(wrapper.call().file(), c.getName()).equals(wrapper.call())));
        if (call.isEmpty()) {
            return new CallFinder.KeyList(List.of(), false, null, List.of());
        }
        Map<Node, Value> bindings = evaluator.bindParameters(method.get().getParameters(), arguments);
        if (wrapper.next() == null) {
            ExpressionTypes types = resolver.expressionTypes(call.get());
            return CallFinder.binding(wrapper.inner().command(), call.get(), evaluator, types)
                    .flatMap(binding -> CallFinder.keys(binding, evaluator, bindings, types))
                    .orElse(new CallFinder.KeyList(List.of(), false, null, List.of()));
        }
        List<Value> passed = new ArrayList<>();
        for (Expression argument : call.get().getArguments()) {
            passed.add(evaluator.value(argument, bindings));
        }
        return keysAt(wrapper.next(), passed, evaluator, resolver);
    }

    /** A wrapper's method, found again in its file's tree (parsed anew if memory let it go). */
    private Optional<MethodDeclaration> declaration(Wrapper wrapper) {
        Path file = wrapper.method().file();
        return index.unit(file).flatMap(unit -> unit.findFirst(MethodDeclaration.class,
                m -> wrapper.isDeclaredBy(file, m)));
    }

    private void through(Path file, MethodCallExpr call, Target target, KeyEvaluator evaluator, Resolver resolver,
                         List<CommandCall> calls, List<Wrapper> derived) {
        Wrapper wrapper = target.wrapper();
        called.put(wrapper, Boolean.TRUE);
        List<String> via = new ArrayList<>();
        via.add(Wrapper.withoutPackage(target.receiver()) + "." + wrapper.name());
        via.addAll(wrapper.via().subList(1, wrapper.via().size()));
        List<Value> arguments = new ArrayList<>();
        evaluator.forgetAssumptions();
        call.getArguments().forEach(argument -> arguments.add(evaluator.value(argument)));
        List<CallFinder.KeyList> each = keysAt(wrapper, arguments, evaluator, resolver).each();
        var at = call.getName().getBegin().orElseThrow();
        Location location = new Location(file, at.line, at.column);
        CommandCall inner = wrapper.inner();
        CommandCall site = null;
        for (int i = 0; i < each.size(); i++) {
            CallFinder.KeyList keys = each.get(i);
            CommandCall one = new CommandCall(location, inner.client(), inner.command(), call.getNameAsString(),
                    keys.keys(), keys.complete(), inner.crossSlot(), via,
                    keys.script() != null ? keys.script() : inner.script(),
                    CallFinder.KeyList.arms(inner.arms(), location, i, each.size()), evaluator.assumptions());
            calls.add(one);
            site = site == null ? one : site;
        }
        Optional<MethodDeclaration> forwarding = Wrapper.forwardingMethod(call.getArguments(), call);
        if (forwarding.isPresent() && wrapper.depth() < Wrapper.MAX_DEPTH
                && !wrapper.isDeclaredBy(file, forwarding.get())) {
            derived.add(Wrapper.ofWrapperCall(file, forwarding.get(), call, wrapper, site, via));
        }
    }

    /** A wrapper a call reaches, and the receiver type as the caller names it (an interface, say). */
    private record Target(Wrapper wrapper, String receiver) {
    }

    /** The wrapper a call reaches, by the receiver's declared type or the class a static call names. */
    private Optional<Target> resolve(Path file, MethodCallExpr call, Targets targets, ExpressionTypes types,
                                     Resolver resolver) {
        MethodDeclaration enclosing = call.findAncestor(MethodDeclaration.class).orElse(null);
        List<Wrapper> byName = targets.named(call.getNameAsString()).stream()
                .filter(w -> w.acceptsArity(call.getArguments().size())
                        && (enclosing == null || !w.isDeclaredBy(file, enclosing)))
                .toList();
        if (byName.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> receiver = receiverType(call, types, resolver);
        if (receiver.isEmpty()) {
            return Optional.empty();
        }
        for (Wrapper wrapper : byName) {
            if (wrapper.owner().equals(receiver.get())) {
                return Optional.of(new Target(wrapper, receiver.get()));
            }
        }
        List<String> implementing = resolver.implementationsOf(receiver.get());
        if (implementing.isEmpty()) {
            return Optional.empty();
        }
        Wrapper agreed = null;
        for (String owner : implementing) {
            Optional<Wrapper> forwarding = byName.stream().filter(w -> w.owner().equals(owner)).findFirst();
            if (forwarding.isEmpty() || agreed != null
                    && !agreed.inner().command().name().equals(forwarding.get().inner().command().name())) {
                return Optional.empty();
            }
            agreed = agreed == null ? forwarding.get() : agreed;
        }
        return agreed == null ? Optional.empty() : Optional.of(new Target(agreed, receiver.get()));
    }

    private static Optional<String> receiverType(MethodCallExpr call, ExpressionTypes types, Resolver resolver) {
        Optional<Expression> scope = call.getScope();
        if (scope.isEmpty() || scope.get() instanceof ThisExpr) {
            return call.findAncestor(TypeDeclaration.class).map(t -> TypeNames.qualifiedName((TypeDeclaration<?>) t));
        }
        Expression receiver = scope.get();
        if ((receiver instanceof NameExpr name && Declaration.find(name.getNameAsString(), name).isEmpty())
                || receiver instanceof FieldAccessExpr access && Character.isUpperCase(access.getNameAsString().charAt(0))) {
            String resolved = resolver.typeNames(call).resolveOrNull(receiver.toString(), call);
            if (resolved != null) {
                return Optional.of(resolved);
            }
        }
        return types.typeOf(receiver);
    }
}
