package dev.slotlint.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** A Java source file of the project, on disk or (in tests) in memory. */
public final class SourceFile {

    private final Path path;
    private final Charset charset;
    private final String text;

    private SourceFile(Path path, Charset charset, String text) {
        this.path = path;
        this.charset = charset;
        this.text = text;
    }

    public static SourceFile onDisk(Path path, Charset charset) {
        return new SourceFile(path.toAbsolutePath().normalize(), charset, null);
    }

    public static SourceFile inMemory(Path path, String text) {
        return new SourceFile(path, null, text);
    }

    public Path path() {
        return path;
    }

    /**
     * The file's text in its declared encoding. Bytes that are not valid in that encoding are replaced, and the
     * problem is reported, so that a wrongly declared encoding costs a warning rather than the file.
     */
    public String read(Consumer<Problem> problems) throws IOException {
        if (text != null) {
            return text;
        }
        byte[] bytes = Files.readAllBytes(path);
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.accept(new Problem(new Location(path, 1, 1), "not valid " + charset.name()
                    + "; read with replacement characters (set project.build.sourceEncoding to the file's encoding)"));
            return new String(bytes, charset);
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
