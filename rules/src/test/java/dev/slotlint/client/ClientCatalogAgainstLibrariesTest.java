package dev.slotlint.client;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog against the real client libraries: every Jedis and Lettuce jar the build copies into
 * {@code target/client-jars} (Jedis 2.9 to 8, Lettuce 5 to 7), and every Spring Data Redis version in
 * {@code target/spring-jars} (2.0 to 4.0) with its Spring jars, is loaded on its own and reflected over. A catalogued method or type that exists in no
 * tested version fails, a public method named after a multi-key command that the catalog lacks fails, and every
 * overload of a catalogued method must bind to one of its key layouts; for Lettuce, whose generic signatures say
 * which parameters are keys ({@code K}) and which are values ({@code V}), the keys found must be exactly those.
 */
class ClientCatalogAgainstLibrariesTest {

    /** Java method names of Redis multi-key commands (and their variants), as both libraries spell them. */
    private static final Pattern MULTI_KEY_NAME = Pattern.compile("(?i)(mset|msetnx|msetex|mget|del|unlink|exists"
            + "|touch|watch|rename|renamenx|copy|sort|sortStore|sunion|sunionstore|sinter|sinterstore|sintercard"
            + "|sdiff|sdiffstore|smove|zunion(WithScores)?|zunionstore|zinter(WithScores)?|zinterstore|zintercard"
            + "|zdiff(WithScores)?|zdiffstore|zrangestore.*|zrevrangestore.*|zmpop|bzmpop|bzpopmin|bzpopmax|lmove"
            + "|blmove|rpoplpush|brpoplpush|lmpop|blmpop|blpop|brpop|pfcount|pfmerge|bitop.*|lcs|geosearchstore.*"
            + "|georadius.*store|xread.*|eval.*|fcall.*|strAlgoLCSKeys)");

    /** Spring Data Redis method names of multi-key commands, on templates, operations and connections. */
    private static final Pattern SPRING_MULTI_KEY_NAME = Pattern.compile("(multiGet|multiSet\\w*|delete|unlink"
            + "|countExistingKeys|rename\\w*|copy|watch|union\\w*|intersect\\w*|difference\\w*|diffAndStore|move"
            + "|rightPopAndLeftPush|\\w*AndStore\\w*|del|exists|touch|renameNX|mGet|mSet\\w*|bitOp|sUnion\\w*"
            + "|sInter\\w*|sDiff\\w*|sMove|zUnion\\w*|zInter\\w*|zDiff\\w*|zRangeStore\\w*|rPopLPush|bRPopLPush|bLPop"
            + "|bRPop|lMove|bLMove|pfCount|pfMerge|eval\\w*|sort)");

    /** Methods matching the pattern that take at most one key, so the catalog rightly leaves them out. */
    private static final Set<String> SINGLE_KEY = Set.of();

    /** Spring methods matching the pattern that the catalog rightly leaves out, by type and name, and why. */
    private static final Map<String, String> SPRING_LEFT_OUT = Map.ofEntries(
            Map.entry("move", "MOVE key db on templates and connections: one key (a cluster has no other database)"),
            Map.entry("HyperLogLogOperations.delete", "deletes one key"),
            Map.entry("ReactiveValueOperations.delete", "deletes one key"),
            Map.entry("ReactiveSetOperations.delete", "deletes one key"),
            Map.entry("ReactiveZSetOperations.delete", "deletes one key"),
            Map.entry("ReactiveListOperations.delete", "deletes one key"),
            Map.entry("ReactiveHyperLogLogOperations.delete", "deletes one key"),
            Map.entry("BoundHashOperations.delete", "HDEL of hash fields, not keys"),
            Map.entry("BoundHashOperations.multiGet", "HMGET of hash fields, not keys"),
            Map.entry("watch", "WATCH: rejected on a cluster whatever its keys, see UnsupportedOnCluster"),
            Map.entry("sort", "templates' sort(SortQuery[, storeKey]): the key sits inside the query object"));

    private static final Map<Library, List<String>> SURFACES = Map.of(
            Library.JEDIS, List.of("redis.clients.jedis.UnifiedJedis", "redis.clients.jedis.Jedis",
                    "redis.clients.jedis.JedisCluster", "redis.clients.jedis.JedisPooled",
                    "redis.clients.jedis.Pipeline", "redis.clients.jedis.Transaction",
                    "redis.clients.jedis.ClusterPipeline", "redis.clients.jedis.RedisClient",
                    "redis.clients.jedis.RedisClusterClient"),
            Library.LETTUCE, List.of("io.lettuce.core.api.sync.RedisCommands",
                    "io.lettuce.core.api.async.RedisAsyncCommands",
                    "io.lettuce.core.api.reactive.RedisReactiveCommands",
                    "io.lettuce.core.cluster.api.sync.RedisAdvancedClusterCommands",
                    "io.lettuce.core.cluster.api.async.RedisAdvancedClusterAsyncCommands",
                    "io.lettuce.core.cluster.api.reactive.RedisAdvancedClusterReactiveCommands"));

    private final ClientCatalog catalog = ClientCatalog.standard();

    /** One library jar, loaded on its own (with, for Spring, the Spring jars of its generation). */
    record LibraryJar(Library library, String version, ClassLoader loader) {
    }

    /** A public method of a type through which code sends commands. */
    record SurfaceMethod(ClientType client, Method method) {
    }

    static List<LibraryJar> jars() throws IOException {
        Path dir = Path.of(System.getProperty("slotlint.clientJars", "target/client-jars"));
        List<LibraryJar> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path jar : files.sorted().toList()) {
                String name = jar.getFileName().toString();
                Library library = name.startsWith("jedis-") ? Library.JEDIS : Library.LETTUCE;
                String version = name.substring(name.indexOf('-', library == Library.JEDIS ? 0 : 8) + 1,
                        name.length() - 4);
                jars.add(new LibraryJar(library, version, new ChildFirstLoader(jar.toUri().toURL())));
            }
        }
        Path spring = Path.of(System.getProperty("slotlint.springJars", "target/spring-jars"));
        try (Stream<Path> versions = Files.list(spring)) {
            for (Path version : versions.sorted().toList()) {
                List<URL> urls = new ArrayList<>();
                try (Stream<Path> files = Files.list(version)) {
                    for (Path jar : files.sorted().toList()) {
                        urls.add(jar.toUri().toURL());
                    }
                }
                jars.add(new LibraryJar(Library.SPRING, version.getFileName().toString(),
                        new ChildFirstLoader(urls.toArray(URL[]::new))));
            }
        }
        return jars;
    }

    @Test
    void theBuildProvidesSeveralVersionsOfEachLibrary() throws IOException {
        List<LibraryJar> jars = jars();
        assertTrue(jars.stream().filter(j -> j.library() == Library.JEDIS).map(LibraryJar::version).toList()
                .containsAll(List.of("2.9.3", "3.3.0", "3.10.0", "5.2.0", "8.0.2")), jars.toString());
        assertTrue(jars.stream().filter(j -> j.library() == Library.LETTUCE).map(LibraryJar::version).toList()
                .containsAll(List.of("5.3.7.RELEASE", "6.3.2.RELEASE", "7.7.0.RELEASE")), jars.toString());
        assertTrue(jars.stream().filter(j -> j.library() == Library.SPRING).map(LibraryJar::version).toList()
                .containsAll(List.of("2.0.5.RELEASE", "2.7.18", "3.3.13", "4.0.6")), jars.toString());
    }

    /** Every generation the catalog claims to describe is one the build loads and checks. */
    @Test
    void everyCataloguedGenerationIsATestedVersion() throws IOException {
        List<String> untested = new ArrayList<>();
        for (Library library : Library.values()) {
            for (Version generation : catalog.generations(library)) {
                boolean tested = jars().stream().filter(j -> j.library() == library)
                        .anyMatch(j -> startsWith(Version.parse(j.version()), generation));
                if (!tested) {
                    untested.add(library.displayName() + " " + generation);
                }
            }
        }
        assertEquals(List.of(), untested, "catalogued generations no jar of the build belongs to");
    }

    private static boolean startsWith(Version version, Version generation) {
        return version.numbers().size() >= generation.numbers().size()
                && version.numbers().subList(0, generation.numbers().size()).equals(generation.numbers());
    }

    /**
     * A surface type whose class file a jar holds must load from it: a type that fails to link would otherwise be
     * skipped silently, and its methods never checked.
     */
    @Test
    void everySurfaceTypeOfEachJarLoads() throws IOException {
        List<String> broken = new ArrayList<>();
        for (LibraryJar jar : jars()) {
            for (ClientType client : surfaceTypes(jar.library())) {
                String file = client.javaType().replaceAll("\\.([A-Z]\\w*)\\.([A-Z])", ".$1\\$$2").replace('.', '/')
                        + ".class";
                if (((URLClassLoader) jar.loader()).findResource(file) != null
                        && load(jar, client.javaType()).isEmpty()) {
                    broken.add(jar.library() + " " + jar.version() + " " + client.javaType());
                }
            }
        }
        assertEquals(List.of(), broken, "surface types that are in their jar but do not load");
    }

    @Test
    void everyCataloguedTypeExistsInSomeTestedVersion() throws IOException {
        List<String> missing = new ArrayList<>();
        Set<String> types = new LinkedHashSet<>();
        catalog.types().forEach(t -> types.add(t.javaType()));
        for (String type : types) {
            Library library = catalog.type(type).orElseThrow().library();
            boolean found = jars().stream().filter(j -> j.library() == library).anyMatch(j -> load(j, type).isPresent());
            if (!found) {
                missing.add(type);
            }
        }
        assertEquals(List.of(), missing, "catalogued types found in no tested version");
    }

    @Test
    void everyCataloguedMethodExistsAndEveryMultiKeyMethodIsCatalogued() throws IOException {
        Map<Library, Set<String>> seen = new LinkedHashMap<>();
        List<String> uncatalogued = new ArrayList<>();
        for (LibraryJar jar : jars()) {
            for (SurfaceMethod surface : surfaceMethods(jar)) {
                Method method = surface.method();
                seen.computeIfAbsent(jar.library(), l -> new TreeSet<>()).add(method.getName());
                boolean multiKeyName = (jar.library() == Library.SPRING ? SPRING_MULTI_KEY_NAME : MULTI_KEY_NAME)
                        .matcher(method.getName()).matches();
                boolean leftOut = SINGLE_KEY.contains(method.getName())
                        || SPRING_LEFT_OUT.containsKey(surface.client().simpleName() + "." + method.getName())
                        || jar.library() == Library.SPRING && SPRING_LEFT_OUT.containsKey(method.getName());
                if (multiKeyName && catalog.command(surface.client(), method.getName()).isEmpty() && !leftOut) {
                    uncatalogued.add(jar.library() + " " + jar.version() + " " + surface.client().simpleName() + "."
                            + method.getName());
                }
            }
        }
        List<String> absent = new ArrayList<>();
        for (Library library : Library.values()) {
            for (Command command : catalog.commands(library)) {
                for (String method : command.methods()) {
                    if (!seen.get(library).contains(method)) {
                        absent.add(library + " " + method);
                    }
                }
            }
        }
        assertEquals(List.of(), absent, "catalogued methods that no tested version has");
        assertEquals(List.of(), new ArrayList<>(new LinkedHashSet<>(uncatalogued)),
                "multi-key methods missing from the catalog");
    }

    @Test
    void everyOverloadBindsToALayoutWithTheRightKeys() throws IOException {
        List<String> unbound = new ArrayList<>();
        List<String> wrongKeys = new ArrayList<>();
        StringBuilder coverage = new StringBuilder();
        for (LibraryJar jar : jars()) {
            Set<String> overloads = new TreeSet<>();
            Set<String> bound = new TreeSet<>();
            for (SurfaceMethod surface : surfaceMethods(jar)) {
                Method method = surface.method();
                Optional<Command> command = catalog.command(surface.client(), method.getName());
                if (command.isEmpty()) {
                    continue;
                }
                String signature = (jar.library() == Library.SPRING ? surface.client().simpleName() + "." : "")
                        + signature(method);
                if (!overloads.add(signature)) {
                    continue;
                }
                Synthetic call = Synthetic.of(method);
                boolean typedKeys = hasKeyTypeVariable(method.getDeclaringClass());
                Optional<KeyArgument.Binding> binding = bind(command.get(), call);
                if (binding.isEmpty()) {
                    if (!typedKeys || !call.keyParameters().isEmpty()) {
                        unbound.add(jar.library() + " " + jar.version() + " " + signature);
                    }
                    continue;
                }
                bound.add(signature);
                if (typedKeys) {
                    Set<Integer> found = new TreeSet<>();
                    for (KeyArgument key : binding.get().keys()) {
                        int parameter = call.parameterOf(key.expression());
                        boolean optionWithoutKeys = key.form() == KeyArgument.Form.STORE_OPTION
                                && !call.keyParameters().contains(parameter);
                        if (!optionWithoutKeys) {
                            found.add(parameter);
                        }
                    }
                    if (!found.equals(call.keyParameters())) {
                        wrongKeys.add(jar.version() + " " + signature + " keys at " + found + ", expected "
                                + call.keyParameters() + " (layout " + binding.get().layout() + ")");
                    }
                }
            }
            coverage.append(String.format("%s %s: %d of %d overloads of %d catalogued methods bind%n",
                    jar.library().displayName(), jar.version(), bound.size(), overloads.size(),
                    overloads.stream().map(s -> s.substring(0, s.indexOf('('))).distinct().count()));
        }
        System.out.print(coverage);
        assertEquals(List.of(), unbound, "overloads that fit no key layout");
        assertEquals(List.of(), wrongKeys, "overloads whose K parameters are not exactly the keys bound");
    }

    /**
     * Whether a type's signatures say which parameters are keys: Lettuce's command interfaces and Spring's
     * operations are generic in {@code K}. An overload of such a type with no {@code K} parameter and no layout
     * ({@code RedisTemplate.execute(RedisCallback)}) is not a key-taking form of the command.
     */
    private static boolean hasKeyTypeVariable(Class<?> type) {
        return Stream.of(type.getTypeParameters()).anyMatch(v -> v.getName().equals("K"));
    }

    @Test
    void unsupportedMethodsExistOnTheirTypes() throws IOException {
        List<String> missing = new ArrayList<>();
        for (ClientCatalog.Unsupported unsupported : catalog.unsupportedMethods()) {
            boolean found = false;
            for (LibraryJar jar : jars()) {
                List<String> types = unsupported.javaType().startsWith("spring:")
                        ? surfaceTypes(jar.library()).stream().map(ClientType::javaType).toList()
                        : List.of(unsupported.javaType());
                for (String typeName : types) {
                    Optional<Class<?>> type = load(jar, typeName);
                    if (type.isPresent() && unsupported.versions().contains(Version.parse(jar.version()))
                            && Stream.of(type.get().getMethods())
                            .anyMatch(m -> m.getName().equals(unsupported.method()))) {
                        found = true;
                    }
                }
            }
            if (!found) {
                missing.add(unsupported.javaType() + "#" + unsupported.method() + " " + unsupported.versions());
            }
        }
        assertEquals(List.of(), missing);
    }

    private static Optional<KeyArgument.Binding> bind(Command command, Synthetic call) {
        for (KeyLayout layout : command.layouts()) {
            Optional<KeyArgument.Binding> binding = KeyArgument.bind(layout, call.arguments(), call::kind, e -> 1);
            if (binding.isPresent()) {
                return binding;
            }
        }
        return Optional.empty();
    }

    /** The types whose methods are reflected over: every Spring type of the catalog, chosen ones for the others. */
    private static List<ClientType> surfaceTypes(Library library) {
        ClientCatalog catalog = ClientCatalog.standard();
        if (library == Library.SPRING) {
            return catalog.types().stream().filter(t -> t.library() == Library.SPRING).toList();
        }
        return SURFACES.get(library).stream().map(t -> catalog.type(t).orElseThrow()).toList();
    }

    private static List<SurfaceMethod> surfaceMethods(LibraryJar jar) {
        List<SurfaceMethod> methods = new ArrayList<>();
        for (ClientType client : surfaceTypes(jar.library())) {
            load(jar, client.javaType()).ifPresent(c -> {
                for (Method method : c.getMethods()) {
                    if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                            && method.getDeclaringClass() != Object.class && !method.isBridge()) {
                        methods.add(new SurfaceMethod(client, method));
                    }
                }
            });
        }
        return methods;
    }

    private static Optional<Class<?>> load(LibraryJar jar, String type) {
        try {
            return Optional.of(Class.forName(type.replaceAll("\\.([A-Z]\\w*)\\.([A-Z])", ".$1\\$$2"), false,
                    jar.loader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static String signature(Method method) {
        StringBuilder s = new StringBuilder(method.getName()).append('(');
        Type[] parameters = method.getGenericParameterTypes();
        for (int i = 0; i < parameters.length; i++) {
            s.append(i > 0 ? ", " : "").append(parameters[i].getTypeName().replaceAll("[\\w.]+\\.(\\w+)", "$1"));
        }
        return s.append(')').toString();
    }

    /**
     * A call made up from a method's parameter types: each parameter becomes a placeholder expression of the kind
     * a real argument of that type would have; varargs become two arguments.
     */
    record Synthetic(List<Expression> arguments, Map<Expression, ArgKind> kinds, Map<Expression, Integer> parameters,
                     Set<Integer> keyParameters) {

        static Synthetic of(Method method) {
            List<Expression> arguments = new ArrayList<>();
            Map<Expression, ArgKind> kinds = new IdentityHashMap<>();
            Map<Expression, Integer> parameters = new IdentityHashMap<>();
            Set<Integer> keys = new TreeSet<>();
            Type[] types = method.getGenericParameterTypes();
            for (int i = 0; i < types.length; i++) {
                boolean varargs = method.isVarArgs() && i == types.length - 1;
                Type type = varargs ? component(types[i]) : types[i];
                ArgKind kind = kindOf(type);
                for (int copy = 0; copy < (varargs ? 2 : 1); copy++) {
                    Expression argument = new NameExpr("p" + i + "_" + copy);
                    arguments.add(argument);
                    kinds.put(argument, kind);
                    parameters.put(argument, i);
                }
                if (mentionsKey(types[i])) {
                    keys.add(i);
                }
            }
            return new Synthetic(arguments, kinds, parameters, keys);
        }

        ArgKind kind(Expression argument) {
            return kinds.get(argument);
        }

        int parameterOf(Expression argument) {
            return parameters.get(argument);
        }

        private static Type component(Type type) {
            if (type instanceof GenericArrayType array) {
                return array.getGenericComponentType();
            }
            return ((Class<?>) type).getComponentType();
        }

        private static ArgKind kindOf(Type type) {
            if (type instanceof TypeVariable<?>) {
                return ArgKind.KEY_LIKE;
            }
            if (type == String.class || type == byte[].class) {
                return ArgKind.KEY_LIKE;
            }
            if (type instanceof Class<?> c && (c.isPrimitive() || Number.class.isAssignableFrom(c))) {
                return c == boolean.class ? ArgKind.OBJECT : ArgKind.NUMBER;
            }
            if (type instanceof GenericArrayType || type instanceof Class<?> c && c.isArray()) {
                return ArgKind.COLLECTION;
            }
            Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
            if (Iterable.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                return ArgKind.COLLECTION;
            }
            if (raw.getSimpleName().equals("StreamOffset") || raw == Map.Entry.class
                    || raw.getSimpleName().equals("MoveFrom") || raw.getSimpleName().equals("MoveTo")) {
                return ArgKind.WRAPPED_KEY;
            }
            return ArgKind.OBJECT;
        }

        /**
         * Whether a parameter type carries keys: K, K[], Map<K, V>, StreamOffset<K>, store args, and Spring's
         * Collection<K>.
         */
        private static boolean mentionsKey(Type type) {
            if (type instanceof TypeVariable<?> variable) {
                return variable.getName().equals("K");
            }
            if (type instanceof java.lang.reflect.WildcardType wildcard) {
                return Stream.of(wildcard.getUpperBounds()).anyMatch(Synthetic::mentionsKey);
            }
            if (type instanceof GenericArrayType array) {
                return mentionsKey(array.getGenericComponentType());
            }
            if (type instanceof ParameterizedType parameterized) {
                String raw = ((Class<?>) parameterized.getRawType()).getSimpleName();
                if (raw.equals("Map") || raw.equals("StreamOffset") || raw.equals("GeoRadiusStoreArgs")
                        || raw.equals("Collection") || raw.equals("List") || raw.equals("Set")
                        || raw.equals("MoveFrom") || raw.equals("MoveTo")) {
                    return mentionsKey(parameterized.getActualTypeArguments()[0]);
                }
            }
            return false;
        }
    }

    /** Loads a library's classes from its own jar first, then from the test class path for its dependencies. */
    private static final class ChildFirstLoader extends URLClassLoader {

        ChildFirstLoader(URL... jars) {
            super(jars, ChildFirstLoader.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null && (name.startsWith("redis.clients.jedis.") || name.startsWith("io.lettuce.core.")
                        || name.startsWith("org.springframework."))) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        loaded = null;
                    }
                }
                if (loaded == null) {
                    loaded = super.loadClass(name, false);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }
    }

    @Test
    void versionRangesCompareByNumbers() {
        assertTrue(Version.Range.parse("[4,8)").contains(Version.parse("5.2.0")));
        assertFalse(Version.Range.parse("[4,8)").contains(Version.parse("8.0.0-beta1")));
        assertTrue(Version.Range.parse("[6,)").contains(Version.parse("6.3.2.RELEASE")));
        assertTrue(Version.Range.parse("[8,)").contains(null));
        assertFalse(Version.Range.parse("[4,8)").contains(null));
    }
}
