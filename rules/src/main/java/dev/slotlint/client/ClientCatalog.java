package dev.slotlint.client;

import dev.slotlint.source.ExpressionTypes;
import dev.slotlint.topology.ClientTopology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The client knowledge slotlint works from, read from {@code catalog.txt} beside this class. */
public final class ClientCatalog {


    private final Map<String, ClientType> types = new LinkedHashMap<>();
    private final Map<String, String> returns = new HashMap<>();
    private final java.util.Set<String> mentionedTypes = new java.util.HashSet<>();
    private final Map<Library, Map<String, Command>> commandsByMethod = new LinkedHashMap<>();
    /** Commands of one receiver type, for libraries whose method names mean different commands per type. */
    private final Map<String, Map<String, Command>> commandsByType = new LinkedHashMap<>();
    /** Types read as another type: their commands and what their methods return. */
    private final Map<String, String> aliases = new HashMap<>();
    private final List<CrossSlotRule> crossSlotRules = new ArrayList<>();
    private final List<Unsupported> unsupported = new ArrayList<>();
    /** The generations each library's facts describe, oldest first: {@code 2.9} is every 2.9.x, {@code 3} every 3.x. */
    private final Map<Library, List<Version>> generations = new java.util.EnumMap<>(Library.class);

    /**
     * What a client type does with a multi-key command whose keys span slots, for a range of its versions.
     *
     * @param commands Redis command names, {@code .method} for one Java method only, or {@code *}
     */
    record CrossSlotRule(String javaType, Version.Range versions, java.util.Set<String> commands,
                         CrossSlotBehaviour.Kind kind, String message) {

        boolean matches(String command, String method) {
            return commands.contains("*") || commands.contains(command) || commands.contains("." + method);
        }
    }

    /**
     * How code makes a client: {@code new Jedis(..)}, {@code RedisClient.create(..)}, {@code X.builder()...build()}.
     *
     * @param fix the cluster-aware client to use instead, for standalone clients
     */
    public record Creation(String javaType, Library library, String how, ClientTopology topology, String fix) {

        public String simpleName() {
            return javaType.substring(javaType.lastIndexOf('.') + 1);
        }
    }

    private final List<Creation> creations = new ArrayList<>();

    /**
     * How a client type runs a transaction: {@code queue} when {@code multi()} returns the object commands are queued
     * on (Jedis' Transaction), {@code same} when they are queued on the receiver itself until EXEC (Lettuce).
     *
     * @param ends the methods that end the transaction
     */
    public record TransactionStyle(String javaType, String style, java.util.Set<String> ends) {
    }

    private final List<TransactionStyle> transactions = new ArrayList<>();
    /** Methods whose first argument is not a key, per library: what a transaction's queued commands are read by. */
    private final Map<Library, java.util.Set<String>> noKey = new java.util.EnumMap<>(Library.class);

    /** How a client type runs transactions, when it does. */
    public Optional<TransactionStyle> transactionStyle(String javaType) {
        String canonical = canonical(javaType);
        return transactions.stream().filter(t -> t.javaType().equals(canonical)).findFirst();
    }

    /** Whether a method of a library's client takes something other than a key first (PUBLISH, PING, SELECT). */
    public boolean takesNoKey(Library library, String method) {
        return noKey.getOrDefault(library, java.util.Set.of()).contains(method);
    }

    /** The ways to make clients, in catalog order. */
    public List<Creation> creations() {
        return List.copyOf(creations);
    }

    /** A method a client type refuses on a cluster whatever its arguments. */
    public record Unsupported(String javaType, Version.Range versions, String method, String message) {
    }

    /** {@code S = org.springframework.data.redis.core}: later lines may write {@code S.RedisTemplate}. */
    private static final java.util.regex.Pattern PREFIX_DEFINITION = java.util.regex.Pattern.compile(
            "([A-Z]\\w*) = ([\\w.]+)");

    private static final ClientCatalog STANDARD = load("catalog.txt");

    private ClientCatalog() {
    }

    public static ClientCatalog standard() {
        return STANDARD;
    }

    /** The client type of a fully qualified Java type name, if it is one. */
    public Optional<ClientType> type(String javaType) {
        return Optional.ofNullable(types.get(javaType));
    }

    public Collection<ClientType> types() {
        return types.values();
    }

    /** The client type a method of a client type returns ({@code JedisPool#getResource} gives {@code Jedis}). */
    public Optional<String> returnType(String ownerType, String method) {
        for (String owner : List.of(ownerType, canonical(ownerType))) {
            String exact = returns.getOrDefault(owner + "#" + method, method.startsWith(
                    ExpressionTypes.LAMBDA_PREFIX) ? null : returns.get(owner + "#*"));
            if (exact != null) {
                return Optional.of(exact);
            }
        }
        return Optional.empty();
    }

    /** The type whose catalog entries a type shares ({@code StringRedisTemplate} reads as {@code RedisTemplate}). */
    public String canonical(String javaType) {
        return aliases.getOrDefault(javaType, javaType);
    }

    /** The simple names of every type the catalog mentions ({@code JedisCluster}, {@code RedisTemplate}). */
    public java.util.Set<String> mentionedSimpleNames() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        mentionedTypes.forEach(type -> names.add(type.substring(type.lastIndexOf('.') + 1)));
        return names;
    }

    /** Whether the catalog mentions a type at all (as a client, or on either side of a {@code returns} line). */
    public boolean knows(String javaType) {
        return mentionedTypes.contains(javaType);
    }

    /**
     * What a client of a type, at a version (null when unknown), does with a cross-slot call of a command through one
     * of its Java methods. An unknown version is taken as the newest the catalog describes; a version outside the
     * catalog's generations as the generation {@link #semanticsOf} names.
     */
    public CrossSlotBehaviour crossSlot(ClientType client, Version version, String command, String method) {
        for (CrossSlotRule rule : linesAbout(client, version).crossSlotRules()) {
            if (rule.matches(command, method)) {
                return new CrossSlotBehaviour(rule.kind(), rule.message(), version);
            }
        }
        return new CrossSlotBehaviour(CrossSlotBehaviour.Kind.SERVER,
                "CROSSSLOT Keys in request don't hash to the same slot", version);
    }

    /** Why a client type at a version refuses a method on a cluster, if it does. */
    public Optional<Unsupported> unsupported(ClientType client, Version version, String method) {
        return Optional.ofNullable(linesAbout(client, version).unsupportedByMethod().get(method));
    }

    /** The {@code crossslot} and {@code unsupported} lines about one client at one version, in catalog order. */
    private record ClientLines(List<CrossSlotRule> crossSlotRules, Map<String, Unsupported> unsupportedByMethod) {
    }

    private record ClientVersion(ClientType client, Version version) {
    }

    /** Every call of a client asks about the same lines: they are picked once per client and version. */
    private final Map<ClientVersion, ClientLines> linesByClient = new java.util.concurrent.ConcurrentHashMap<>();

    private ClientLines linesAbout(ClientType client, Version version) {
        return linesByClient.computeIfAbsent(new ClientVersion(client, version), key -> {
            Version read = semanticsOf(client.library(), version);
            List<CrossSlotRule> rules = crossSlotRules.stream()
                    .filter(rule -> runs(rule.javaType(), client) && rule.versions().contains(read)).toList();
            Map<String, Unsupported> byMethod = new HashMap<>();
            unsupported.stream().filter(u -> runs(u.javaType(), client) && u.versions().contains(read))
                    .forEach(u -> byMethod.putIfAbsent(u.method(), u));
            return new ClientLines(rules, byMethod);
        });
    }

    /** Whether a {@code crossslot} or {@code unsupported} line is about the type that runs a client's calls. */
    private boolean runs(String lineType, ClientType client) {
        return lineType.equals(client.runner()) || lineType.equals(canonical(client.runner()));
    }

    /** The generations of a library the catalog describes, oldest first. */
    public List<Version> generations(Library library) {
        return generations.getOrDefault(library, List.of());
    }

    /**
     * The version whose facts apply to a library at a version: the version itself when a generation of the catalog
     * holds it or it is newer than all (the newest facts are open-ended); otherwise the nearest generation below it,
     * or the oldest. Null stays null (unknown: the newest facts).
     */
    public Version semanticsOf(Library library, Version version) {
        return version == null ? null : reading(library, version).version();
    }

    /**
     * The warning for a library version that no generation of the catalog holds, naming the generation whose facts
     * are used instead ({@code Jedis 1.5.0 is not in the catalog; using the semantics of Jedis 2.9}).
     */
    public Optional<String> notCatalogued(Library library, String version) {
        Reading reading = reading(library, Version.parse(version));
        return reading.catalogued() ? Optional.empty() : Optional.of(library.displayName() + " " + version
                + " is not in the catalog; using the semantics of " + library.displayName() + " "
                + reading.generation());
    }

    /** How a version is read: as itself or as a generation, and whether a generation holds it. */
    private record Reading(Version version, Version generation, boolean catalogued) {
    }

    private Reading reading(Library library, Version version) {
        List<Version> known = generations.getOrDefault(library, List.of());
        if (known.isEmpty()) {
            return new Reading(version, null, true);
        }
        Version below = null;
        for (Version generation : known) {
            if (holds(generation, version)) {
                return new Reading(version, generation, true);
            }
            if (generation.compareTo(version) <= 0) {
                below = generation;
            }
        }
        Version newest = known.get(known.size() - 1);
        if (newest.equals(below)) {
            return new Reading(version, newest, false);
        }
        Version nearest = below == null ? known.get(0) : below;
        return new Reading(nearest, nearest, false);
    }

    /** Whether a generation ({@code 2.9}, {@code 3}) holds a version: its numbers start with the generation's. */
    private static boolean holds(Version generation, Version version) {
        return version.numbers().size() >= generation.numbers().size()
                && version.numbers().subList(0, generation.numbers().size()).equals(generation.numbers());
    }

    public List<Unsupported> unsupportedMethods() {
        return List.copyOf(unsupported);
    }

    /** The command a library exposes under a Java method name. */
    public Optional<Command> command(Library library, String method) {
        return Optional.ofNullable(commandsByMethod.getOrDefault(library, Map.of()).get(method));
    }

    /** The command a method of a client type sends: from the type's own commands if it has them, else its library's. */
    public Optional<Command> command(ClientType client, String method) {
        Map<String, Command> scoped = commandsByType.get(canonical(client.javaType()));
        return scoped != null ? Optional.ofNullable(scoped.get(method)) : command(client.library(), method);
    }

    /** Every command of a library, each once. */
    public List<Command> commands(Library library) {
        List<Command> all = new ArrayList<>(commandsByMethod.getOrDefault(library, Map.of()).values());
        commandsByType.values().forEach(scoped -> all.addAll(scoped.values()));
        return all.stream().filter(c -> c.library() == library).distinct().toList();
    }

    static ClientCatalog load(String resource) {
        ClientCatalog catalog = new ClientCatalog();
        try (InputStream in = ClientCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            Map<String, String> prefixes = new HashMap<>();
            while ((line = reader.readLine()) != null) {
                number++;
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                java.util.regex.Matcher definition = PREFIX_DEFINITION.matcher(content);
                if (definition.matches()) {
                    prefixes.put(definition.group(1), definition.group(2));
                    continue;
                }
                for (Map.Entry<String, String> prefix : prefixes.entrySet()) {
                    content = content.replaceAll("(?<=^|[\\s@])" + prefix.getKey() + "\\.",
                            java.util.regex.Matcher.quoteReplacement(prefix.getValue() + "."));
                }
                try {
                    catalog.add(content);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + ":" + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return catalog;
    }

    private void add(String line) {
        String[] words = line.split("\\s+");
        switch (words[0]) {
            case "type" -> {
                String javaType = words[1];
                String simpleName = javaType.substring(javaType.lastIndexOf('.') + 1);
                types.put(javaType, new ClientType(javaType, library(words[2]),
                        ClientTopology.valueOf(words[3].toUpperCase(Locale.ROOT)), simpleName));
                mentionedTypes.add(javaType);
            }
            case "returns" -> {
                returns.put(words[1] + "#" + words[2], words[3]);
                mentionedTypes.add(words[1]);
                mentionedTypes.add(words[3]);
            }
            case "command" -> addCommand(line);
            case "alias" -> {
                aliases.put(words[1], words[2]);
                mentionedTypes.add(words[1]);
            }
            case "lambda" -> {
                // answered as the return type of "->method", as ExpressionTypes asks for lambda parameters
                returns.put(words[1] + "#" + ExpressionTypes.LAMBDA_PREFIX + words[2], words[3]);
                mentionedTypes.add(words[1]);
                mentionedTypes.add(words[3]);
            }
            case "crossslot" -> crossSlotRules.add(new CrossSlotRule(words[1], Version.Range.parse(words[2]),
                    java.util.Set.of(words[3].split(",")),
                    CrossSlotBehaviour.Kind.valueOf(words[4].toUpperCase(Locale.ROOT)), quoted(line)));
            case "creates" -> {
                creations.add(new Creation(words[1], libraryOf(words[1]), words[2],
                        ClientTopology.valueOf(words[3].toUpperCase(Locale.ROOT)), quoted(line)));
                mentionedTypes.add(words[1]);
            }
            case "unsupported" -> unsupported.add(new Unsupported(words[1], Version.Range.parse(words[2]), words[3],
                    quoted(line)));
            case "transaction" -> transactions.add(new TransactionStyle(words[1], words[2],
                    java.util.Set.of(words[3].split(","))));
            case "nokey" -> noKey.computeIfAbsent(library(words[1]), l -> new java.util.HashSet<>())
                    .addAll(Arrays.asList(words[2].split(",")));
            case "versions" -> {
                List<Version> known = new ArrayList<>();
                for (int i = 2; i < words.length; i++) {
                    Version generation = Version.parse(words[i]);
                    if (!known.isEmpty() && known.get(known.size() - 1).compareTo(generation) >= 0) {
                        throw new IllegalArgumentException("generations must be listed oldest first");
                    }
                    known.add(generation);
                }
                generations.put(library(words[1]), List.copyOf(known));
            }
            default -> throw new IllegalArgumentException("unknown entry '" + words[0] + "'");
        }
    }

    private void addCommand(String line) {
        int colon = line.indexOf(" : ");
        String[] head = line.substring(0, colon).trim().split("\\s+");
        String[] libraryAndScope = head[1].split("@");
        Library library = library(libraryAndScope[0]);
        List<String> methods = Arrays.asList(head[3].split(","));
        List<KeyLayout> layouts = new ArrayList<>();
        for (String layout : line.substring(colon + 3).split("\\|")) {
            layouts.add(KeyLayout.parse(layout));
        }
        Command command = new Command(library, head[2], List.copyOf(methods), List.copyOf(layouts));
        Map<String, Command> byMethod = libraryAndScope.length > 1
                ? commandsByType.computeIfAbsent(libraryAndScope[1], t -> new LinkedHashMap<>())
                : commandsByMethod.computeIfAbsent(library, l -> new LinkedHashMap<>());
        for (String method : methods) {
            if (byMethod.putIfAbsent(method, command) != null) {
                throw new IllegalArgumentException("method " + method + " listed twice for " + head[1]);
            }
        }
    }

    private static String quoted(String line) {
        int open = line.indexOf('"');
        return open < 0 ? null : line.substring(open + 1, line.lastIndexOf('"'));
    }

    private static Library libraryOf(String javaType) {
        return javaType.startsWith("io.lettuce.") ? Library.LETTUCE
                : javaType.startsWith("org.springframework.") ? Library.SPRING : Library.JEDIS;
    }

    private static Library library(String name) {
        return Library.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
