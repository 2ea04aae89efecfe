package dev.slotlint.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/** A Java source file of the project, on disk or (in tests) in memory. */
public final class SourceFile {

    /**
     * How much heap parsing takes per byte of source, at most: JavaParser keeps a token for every character of
     * indentation, and a densely indented file of 1 MB takes 130 MB while it is parsed.
     */
    static final int HEAP_PER_BYTE = 200;

    /**
     * The size of the largest file slotlint reads unless told otherwise ({@code maxFileSize}): what the heap can
     * parse, the most heap this JVM may use divided by {@link #HEAP_PER_BYTE} (1.3 MB under {@code -Xmx256m}, 5 MB
     * under {@code -Xmx1g}), so that no file can exhaust it.
     */
    public static long defaultMaxBytes() {
        return Math.max(64L << 10, Runtime.getRuntime().maxMemory() / HEAP_PER_BYTE);
    }

    private final Path path;
    private final Charset charset;
    private final String text;
    private final long maxBytes;
    /** Why the file is not read at all (it is a FIFO, a device, a dangling link), or null. */
    private final String notRead;

    private SourceFile(Path path, Charset charset, String text, long maxBytes, String notRead) {
        this.path = path;
        this.charset = charset;
        this.text = text;
        this.maxBytes = maxBytes;
        this.notRead = notRead;
    }

    public static SourceFile onDisk(Path path, Charset charset) {
        return onDisk(path, charset, defaultMaxBytes());
    }

    /** A file read only when it holds at most {@code maxBytes} bytes. */
    public static SourceFile onDisk(Path path, Charset charset, long maxBytes) {
        return new SourceFile(path.toAbsolutePath().normalize(), charset, null, maxBytes, null);
    }

    public static SourceFile inMemory(Path path, String text) {
        return new SourceFile(path, null, text, Long.MAX_VALUE, null);
    }

    /** A file that is found but must not be opened: reading it would block or fail (a FIFO, a device). */
    static SourceFile notRead(Path path, String why) {
        return new SourceFile(path.toAbsolutePath().normalize(), null, null, 0, why);
    }

    public Path path() {
        return path;
    }

    /**
     * Why a file is not read, in the words a warning shows (the file is named by the warning's location): an
     * {@link IOException} whose message needs no "cannot be read" before it.
     */
    public static final class NotRead extends IOException {

        NotRead(String message) {
            super(message);
        }
    }

    /** The message a warning about a file that cannot be read shows. */
    public static String problemMessage(IOException e) {
        return e instanceof NotRead ? e.getMessage() : "cannot be read: " + e.getMessage();
    }

    /**
     * The file's text in its declared encoding, without a byte order mark. Bytes that are not valid in that encoding
     * are replaced, and the problem is reported, so that a wrongly declared encoding costs a warning rather than
     * the file. A file larger than the limit is not read (its size is told in the exception).
     */
    public String read(Consumer<Problem> problems) throws IOException {
        if (text != null) {
            return withoutByteOrderMark(text);
        }
        if (notRead != null) {
            throw new NotRead(notRead);
        }
        long size = Files.size(path);
        if (size > maxBytes) {
            throw tooLarge(size);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(Math.max(size, bytes.length));
        }
        try {
            return withoutByteOrderMark(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            problems.accept(new Problem(new Location(path, 1, 1), "not valid " + charset.name()
                    + "; read with replacement characters (set project.build.sourceEncoding to the file's encoding)"));
            return withoutByteOrderMark(new String(bytes, charset));
        }
    }

    private NotRead tooLarge(long size) {
        return new NotRead(String.format(Locale.ROOT, "%s, more than the %s slotlint reads (maxFileSize); not"
                + " analysed", size(size), size(maxBytes)));
    }

    /** A size as people read it: {@code 52,428,800 bytes (50 MB)}. */
    static String size(long bytes) {
        String exact = String.format(Locale.ROOT, "%,d bytes", bytes);
        if (bytes < 1L << 20) {
            return bytes < 1L << 10 ? exact : exact + String.format(Locale.ROOT, " (%s KB)", round(bytes / 1024.0));
        }
        return exact + String.format(Locale.ROOT, bytes < 1L << 30 ? " (%s MB)" : " (%s GB)",
                round(bytes / (double) (bytes < 1L << 30 ? 1L << 20 : 1L << 30)));
    }

    private static String round(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A byte order mark is no character of the code: editors show none, so columns on line 1 count after it. */
    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
