package dev.slotlint.cache;

import com.github.javaparser.JavaParser;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.Reactor;
import dev.slotlint.rule.Rule;
import dev.slotlint.source.Parallel;
import dev.slotlint.source.SourceFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything an analysis result depends on, as digests: the engine that computes it, the settings it is given, and
 * each file's content as the analysis reads it. Two runs whose inputs are equal give equal results.
 *
 * @param engine   slotlint's version and a digest of its code and parser
 * @param settings every setting but the thread count, which never changes a result
 * @param files    each Java file ({@code J path}) and configuration file ({@code C path}), in the order given, with
 *                 the digest of what reading it gives
 */
record Inputs(String engine, String settings, Map<String, String> files) {

    private static volatile String engineDigest;

    static Inputs of(AnalysisSettings settings, List<SourceFile> javaFiles, List<SourceFile> configFiles,
                     Reactor reactor) {
        Map<String, String> files = new LinkedHashMap<>();
        add(files, "J ", javaFiles, settings);
        add(files, "C ", configFiles, settings);
        add(files, "J ", reactor.upstreamJavaFiles(), settings);
        add(files, "C ", reactor.upstreamConfigFiles(), settings);
        return new Inputs(currentEngine(), settings(settings) + "judgedDownstream " + reactor.judgedDownstream()
                + "\nupstream " + reactor.upstreamJavaFiles().size() + " " + reactor.upstreamConfigFiles().size()
                + "\n", files);
    }

    /**
     * Each file's digest under its kind and path; a file listed twice (a module's own and upstream) keeps its place
     * and its first digest, as the analysis counts it the module's own.
     */
    private static void add(Map<String, String> files, String kind, List<SourceFile> sources,
                            AnalysisSettings settings) {
        List<String> digests = Parallel.map(sources, settings.threads(), Inputs::content);
        for (int i = 0; i < sources.size(); i++) {
            files.putIfAbsent(kind + sources.get(i).path(), digests.get(i));
        }
    }

    /** The whole of the inputs as one digest. */
    String digest() {
        MessageDigest digest = sha256();
        update(digest, engine);
        update(digest, settings);
        files.forEach((file, content) -> {
            update(digest, file);
            update(digest, content);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** How many files these inputs and earlier ones do not share (changed, added or removed). */
    int filesChangedSince(Inputs earlier) {
        int changed = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getValue().equals(earlier.files().get(file.getKey()))) {
                changed++;
            }
        }
        for (String file : earlier.files().keySet()) {
            if (!files.containsKey(file)) {
                changed++;
            }
        }
        return changed;
    }

    /**
     * What reading a file gives the analysis: its text and the problems reading reports (a replaced byte, say), or
     * why it cannot be read.
     */
    private static String content(SourceFile file) {
        MessageDigest digest = sha256();
        List<String> problems = new ArrayList<>();
        try {
            update(digest, "text");
            update(digest, file.read(problem -> problems.add(String.valueOf(problem))));
        } catch (IOException e) {
            update(digest, "unread");
            update(digest, e.getClass().getName() + ": " + e.getMessage());
        }
        problems.forEach(problem -> update(digest, problem));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String settings(AnalysisSettings settings) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : settings.rules()) {
            text.append("rule ").append(rule.getClass().getName()).append(' ').append(rule.info().id()).append('\n');
        }
        text.append("unknownParts ").append(settings.unknownParts()).append('\n');
        new TreeMap<>(settings.libraryVersions()).forEach((library, version) ->
                text.append("library ").append(library).append(' ').append(version).append('\n'));
        text.append("topology ").append(settings.topology()).append('\n');
        settings.clusterNodes().forEach(node -> text.append("clusterNode ").append(node).append('\n'));
        text.append("clusterReady ").append(settings.clusterReady()).append('\n');
        return text.toString();
    }

    /** slotlint's version, and digests of the classes that analyse (a rebuilt snapshot differs) and the parser's. */
    static String currentEngine() {
        String known = engineDigest;
        if (known == null) {
            MessageDigest digest = sha256();
            update(digest, Analyzer.version());
            update(digest, code(Analyzer.class.getProtectionDomain().getCodeSource()));
            update(digest, String.valueOf(JavaParser.class.getProtectionDomain().getCodeSource() == null ? ""
                    : JavaParser.class.getProtectionDomain().getCodeSource().getLocation()));
            known = Analyzer.version() + " " + HexFormat.of().formatHex(digest.digest());
            engineDigest = known;
        }
        return known;
    }

    /** The digest of a jar's bytes, or of every file under a directory of classes. */
    private static String code(CodeSource source) {
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        MessageDigest digest = sha256();
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(location)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    update(digest, location.relativize(file).toString());
                    digest.update(Files.readAllBytes(file));
                }
            } else {
                try (InputStream in = Files.newInputStream(location)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        digest.update(buffer, 0, read);
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // no digest of the code: the location alone, so that another build of slotlint is not trusted
            update(digest, "unreadable " + source.getLocation() + " " + System.nanoTime());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                (byte) (bytes.length >>> 8), (byte) bytes.length});
        digest.update(bytes);
    }

    /** The SHA-256 digest of a text, in hexadecimal. */
    static String sha256(String text) {
        MessageDigest digest = sha256();
        update(digest, text);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The digest of each Java file, by path. */
    Map<Path, String> javaFiles() {
        Map<Path, String> java = new LinkedHashMap<>();
        files.forEach((file, digest) -> {
            if (file.startsWith("J ")) {
                java.put(Path.of(file.substring(2)), digest);
            }
        });
        return java;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
