package dev.slotlint.cache;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.slotlint.AnalysisResult;
import dev.slotlint.AnalysisSettings;
import dev.slotlint.Analyzer;
import dev.slotlint.Reactor;
import dev.slotlint.source.SourceFile;

import java.io.IOException;
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
 * changed while it was computed (no file's size or modification time differs after it), to a temporary file first
 * that then replaces the cache in one move, so that a reader never sees half a file.
 */
public final class AnalysisCache {

    /** What the cache file's {@code format} field says: files with another are not read. */
    static final String FORMAT = "slotlint-analysis-cache-2";
    private static final String FORMAT_NAME = "slotlint-analysis-cache-";

    private static final TypeReference<Map<Path, KeptFiles.Kept>> FILES = new TypeReference<>() { };
    private static final TypeReference<Map<Path, String>> CODES = new TypeReference<>() { };

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
        return analyze(settings, javaFiles, configFiles, Reactor.ALONE);
    }

    /** One module of a build of several: the sources of its upstream modules are inputs too. */
    public Outcome analyze(AnalysisSettings settings, List<SourceFile> javaFiles, List<SourceFile> configFiles,
                           Reactor reactor) {
        Stamps before = Stamps.of(javaFiles, configFiles, reactor);
        Inputs inputs = Inputs.of(settings, javaFiles, configFiles, reactor);
        String digest = inputs.digest();
        Stored stored = read(digest);
        if (stored.result() != null) {
            return new Outcome(stored.result(), javaFiles.size(), javaFiles.size(), null);
        }
        KeptFiles kept = new KeptFiles(stored.files(), stored.project(), stored.inputs() == null ? Map.of()
                : stored.inputs().javaFiles(), stored.codes(), inputs);
        AnalysisResult result = new Analyzer(settings).analyze(javaFiles, configFiles, reactor, kept);
        if (Stamps.of(javaFiles, configFiles, reactor).equals(before)) {
            write(inputs, digest, result, kept);
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
                          Map<Path, KeptFiles.Kept> files, Map<Path, String> codes, String why) {

        Stored(String why) {
            this(null, null, null, null, Map.of(), Map.of(), why);
        }
    }

    /**
     * Reads the cache file as it is written, field by field: the format, the digest of the inputs, the inputs, the
     * result, then the per-file results, which are left unread when the result itself can be used.
     */
    private Stored read(String digest) {
        if (!Files.exists(file)) {
            return new Stored("no analysis cache yet");
        }
        try (JsonParser in = ResultJson.MAPPER.createParser(Files.newInputStream(file))) {
            if (in.nextToken() != JsonToken.START_OBJECT || !"format".equals(in.nextFieldName())
                    || in.nextToken() != JsonToken.VALUE_STRING || !in.getText().startsWith(FORMAT_NAME)) {
                return unusable("is not a slotlint analysis cache");
            }
            if (!FORMAT.equals(in.getText())) {
                return new Stored("another slotlint version made it");
            }
            String stored = field(in, "digest", String.class);
            Inputs inputs = field(in, "inputs", Inputs.class);
            if (inputs == null || inputs.engine() == null || inputs.settings() == null || inputs.files() == null
                    || !inputs.digest().equals(stored)) {
                return unusable("is damaged: its inputs do not match their digest");
            }
            if (!inputs.engine().equals(Inputs.currentEngine())) {
                return new Stored(inputs, null, null, null, Map.of(), Map.of(), null);
            }
            if (!"result".equals(in.nextFieldName())) {
                return unusable("is damaged: it holds no result");
            }
            in.nextToken();
            if (stored.equals(digest)) {
                AnalysisResult result = ResultJson.MAPPER.readValue(in, AnalysisResult.class);
                if (result == null) {
                    return unusable("is damaged: it holds no result");
                }
                return new Stored(inputs, stored, result, null, Map.of(), Map.of(), null);
            }
            in.skipChildren();
            String project = field(in, "project", String.class);
            Map<Path, KeptFiles.Kept> files = field(in, "files", FILES);
            Map<Path, String> codes = field(in, "codes", CODES);
            if (project == null || files == null || codes == null) {
                return unusable("is damaged: it holds no result");
            }
            for (Map.Entry<Path, KeptFiles.Kept> kept : files.entrySet()) {
                if (kept.getValue() == null || kept.getValue().result() == null || kept.getValue().read() == null
                        || !kept.getKey().equals(kept.getValue().result().path())) {
                    return unusable("is damaged: a file's result is missing");
                }
            }
            return new Stored(inputs, stored, null, project, files, codes, null);
        } catch (JsonProcessingException e) {
            JsonParseException notJson = notJson(e);
            if (notJson == null) {
                return unusable("is damaged: " + message(e));
            }
            return unusable(notJson.getLocation() == null ? "is not valid JSON" : "is not valid JSON at line "
                    + notJson.getLocation().getLineNr() + ", column " + notJson.getLocation().getColumnNr());
        } catch (IOException | RuntimeException e) {
            return unusable("cannot be read: " + message(e));
        }
    }

    /** The syntax error that made reading fail, if it was one rather than content of the wrong shape. */
    private static JsonParseException notJson(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException syntax) {
                return syntax;
            }
        }
        return null;
    }

    /** The next field's value, which must have this name. */
    private static <T> T field(JsonParser in, String name, Class<T> type) throws IOException {
        expect(in, name);
        return ResultJson.MAPPER.readValue(in, type);
    }

    private static <T> T field(JsonParser in, String name, TypeReference<T> type) throws IOException {
        expect(in, name);
        return ResultJson.MAPPER.readValue(in, type);
    }

    private static void expect(JsonParser in, String name) throws IOException {
        if (!name.equals(in.nextFieldName())) {
            throw JsonMappingException.from(in, "no " + name + " where expected");
        }
        in.nextToken();
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
            try (OutputStream out = Files.newOutputStream(temporary);
                 JsonGenerator json = ResultJson.MAPPER.createGenerator(out)) {
                json.writeStartObject();
                json.writeStringField("format", FORMAT);
                json.writeStringField("digest", digest);
                json.writeFieldName("inputs");
                ResultJson.MAPPER.writeValue(json, inputs);
                json.writeFieldName("result");
                ResultJson.MAPPER.writeValue(json, result);
                json.writeStringField("project", kept.project());
                json.writeFieldName("files");
                ResultJson.MAPPER.writeValue(json, kept.toKeep());
                json.writeFieldName("codes");
                ResultJson.MAPPER.writeValue(json, kept.codesToKeep());
                json.writeEndObject();
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
