package dev.slotlint.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.source.SourceFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An analysis that keeps its result in a file, with the digests of every input it depends on (see {@link Inputs}):
 * a later analysis of the same inputs reads the result back instead of computing it. A file that cannot be read, is
 * cut short or is not such a cache costs a warning and a full analysis; a result is written only when no input
 * changed while it was computed, to a temporary file first that then replaces the cache in one move, so that a
 * reader never sees half a file.
 */
public final class AnalysisCache {

    /** What the cache file's {@code format} field says: files with another are not read. */
    static final String FORMAT = "slotlint-analysis-cache-1";

    private static final com.fasterxml.jackson.core.type.TypeReference<Map<Path, KeptFiles.Kept>> FILES =
            new com.fasterxml.jackson.core.type.TypeReference<>() { };

    private final Path file;
    private final Consumer<String> warnings;

    /**
     * @param file     the cache file (its directory is made when needed); one per module and source set
     * @param warnings where to say that the cache could not be used, in words for the build log
     */
    public AnalysisCache(Path file, Consumer<String> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /**
     * One analysis, and how much of it the cache gave.
     *
     * @param filesReused Java files whose analysis came from the cache
     * @param files       Java files analysed
     * @param why         why the cache could not give all of it (the first run, files changed, another version of
     *                    slotlint...), or null when it did
     */
    public record Outcome(AnalysisResult result, int filesReused, int files, String why) {

        /** {@code slotlint: 12 of 14 files from the analysis cache}, with why the rest were analysed. */
        public String describe() {
            return "slotlint: " + filesReused + " of " + files + " files from the analysis cache"
                    + (why == null ? "" : " (" + why + ")");
        }
    }

    public Outcome analyze(AnalysisSettings settings, List<SourceFile> javaFiles, List<SourceFile> configFiles) {
        Inputs inputs = Inputs.of(settings, javaFiles, configFiles);
        String digest = inputs.digest();
        Stored stored = read();
        if (stored.result() != null && stored.digest().equals(digest)) {
            return new Outcome(stored.result(), javaFiles.size(), javaFiles.size(), null);
        }
        KeptFiles kept = new KeptFiles(stored.files(), stored.project(), stored.inputs() == null ? Map.of()
                : stored.inputs().javaFiles(), inputs);
        AnalysisResult result = new Analyzer(settings).analyze(javaFiles, configFiles, kept);
        Inputs after = Inputs.of(settings, javaFiles, configFiles);
        if (after.digest().equals(digest)) {
            write(after, digest, result, kept);
        }
        int reused = kept.sameProject() ? javaFiles.size() - Math.min(javaFiles.size(), kept.notReused()) : 0;
        return new Outcome(result, reused, javaFiles.size(),
                stored.inputs() == null ? stored.why() : why(stored.inputs(), inputs));
    }

    private static String why(Inputs earlier, Inputs now) {
        if (!earlier.engine().equals(now.engine())) {
            return "another slotlint version made it";
        }
        if (!earlier.settings().equals(now.settings())) {
            return "other settings or client versions";
        }
        int changed = now.filesChangedSince(earlier);
        return changed == 1 ? "1 file changed, added or removed" : changed + " files changed, added or removed";
    }

    /**
     * What the cache file holds: its inputs and result, and the results of each file with the project digest they
     * were made under (see {@link KeptFiles}); or why there is none.
     */
    private record Stored(Inputs inputs, String digest, AnalysisResult result, String project,
                          Map<Path, KeptFiles.Kept> files, String why) {

        Stored(String why) {
            this(null, null, null, null, Map.of(), why);
        }
    }

    private Stored read() {
        if (!Files.exists(file)) {
            return new Stored("no analysis cache yet");
        }
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = ResultJson.MAPPER.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return unusable(e.getLocation() == null ? "is not valid JSON" : "is not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException | RuntimeException e) {
            return unusable("cannot be read: " + message(e));
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            return unusable("is not a slotlint analysis cache");
        }
        Inputs inputs;
        try {
            inputs = ResultJson.MAPPER.treeToValue(root.get("inputs"), Inputs.class);
        } catch (IOException | RuntimeException e) {
            return unusable("is damaged: " + message(e));
        }
        if (inputs == null || inputs.engine() == null || inputs.settings() == null || inputs.files() == null
                || !inputs.digest().equals(root.path("digest").asText(""))) {
            return unusable("is damaged: its inputs do not match their digest");
        }
        if (!inputs.engine().equals(Inputs.currentEngine())) {
            return new Stored(inputs, null, null, null, Map.of(), null);
        }
        try {
            AnalysisResult result = ResultJson.MAPPER.treeToValue(root.get("result"), AnalysisResult.class);
            Map<Path, KeptFiles.Kept> files = ResultJson.MAPPER.readerFor(FILES).readValue(root.get("files"));
            if (result == null || files == null || !root.path("project").isTextual()) {
                return unusable("is damaged: it holds no result");
            }
            for (Map.Entry<Path, KeptFiles.Kept> file : files.entrySet()) {
                if (file.getValue() == null || file.getValue().result() == null || file.getValue().read() == null
                        || !file.getKey().equals(file.getValue().result().path())) {
                    return unusable("is damaged: a file's result is missing");
                }
            }
            return new Stored(inputs, inputs.digest(), result, root.get("project").asText(), files, null);
        } catch (IOException | RuntimeException e) {
            return unusable("is damaged: " + message(e));
        }
    }

    private Stored unusable(String what) {
        warnings.accept("slotlint: the analysis cache " + file + " " + what + "; analysing every file");
        return new Stored("the analysis cache could not be used");
    }

    private void write(Inputs inputs, String digest, AnalysisResult result, KeptFiles kept) {
        Path temporary = null;
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            ObjectNode root = ResultJson.MAPPER.createObjectNode();
            root.put("format", FORMAT);
            root.put("digest", digest);
            root.set("inputs", ResultJson.MAPPER.valueToTree(inputs));
            root.set("result", ResultJson.MAPPER.valueToTree(result));
            root.put("project", kept.project());
            root.set("files", ResultJson.MAPPER.valueToTree(kept.toKeep()));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                ResultJson.MAPPER.writeValue(out, root);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            warnings.accept("slotlint: the analysis cache " + file + " cannot be written: " + message(e));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // a leftover temporary file is harmless: it is never read
                }
            }
        }
    }

    private static String message(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int line = message.indexOf('\n');
        return line < 0 ? message : message.substring(0, line);
    }
}
