package dev.slotlint.source;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Finds the {@code .java} files under source roots, following links but never looping, and the configuration files
 * of a project. What is found but cannot be read (a FIFO, a device, a dangling link, a file larger than the limit)
 * is kept, so that reading it tells why it was not analysed; it is never opened.
 */
public final class SourceTree {

    private SourceTree() {
    }

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "build", "out", "node_modules", "bin");

    /** {@link #files(Path, Predicate, Charset, long, List)} with the default size limit. */
    public static List<SourceFile> files(Path projectDirectory, Predicate<String> fileName, Charset charset,
                                         List<Problem> problems) {
        return files(projectDirectory, fileName, charset, SourceFile.defaultMaxBytes(), problems);
    }

    /**
     * Files under the project directory whose names match, skipping build output and hidden directories: how
     * configuration files (application.yml, redis.conf, docker-compose.yml) are found. Links to files are read;
     * links to directories are not followed.
     */
    public static List<SourceFile> files(Path projectDirectory, Predicate<String> fileName, Charset charset,
                                         long maxBytes, List<Problem> problems) {
        Map<Path, SourceFile> found = new TreeMap<>();
        if (!Files.isDirectory(projectDirectory)) {
            return List.of();
        }
        try {
            Files.walkFileTree(projectDirectory, EnumSet.noneOf(FileVisitOption.class), 8, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(projectDirectory)
                            && (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName() != null && fileName.test(file.getFileName().toString())) {
                        Path path = file.toAbsolutePath().normalize();
                        if (attrs.isSymbolicLink() && Files.isRegularFile(file) || attrs.isRegularFile()) {
                            found.put(path, SourceFile.onDisk(path, charset, maxBytes));
                        } else if (!attrs.isSymbolicLink() || !Files.isDirectory(file)) {
                            found.put(path, SourceFile.notRead(path, notRegular(file, attrs)));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(unreadable(file, e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(new Location(projectDirectory, 1, 1), "cannot be read: " + e.getMessage()));
        }
        return List.copyOf(found.values());
    }

    /** {@link #javaFiles(Collection, Charset, long, List)} with the default size limit. */
    public static List<SourceFile> javaFiles(Collection<Path> roots, Charset charset, List<Problem> problems) {
        return javaFiles(roots, charset, SourceFile.defaultMaxBytes(), problems);
    }

    /**
     * The Java files under the given roots, each once, sorted by path; a root that is missing or not a directory
     * and places that cannot be read become problems.
     */
    public static List<SourceFile> javaFiles(Collection<Path> roots, Charset charset, long maxBytes,
                                             List<Problem> problems) {
        Set<Object> seen = new HashSet<>();
        Map<Path, SourceFile> found = new TreeMap<>();
        for (Path root : roots) {
            Path at = root.toAbsolutePath().normalize();
            if (!Files.exists(root)) {
                problems.add(new Problem(new Location(at, 1, 1), Files.isSymbolicLink(root)
                        ? "source root is a symbolic link to nothing; nothing read from it"
                        : "source root does not exist; nothing read from it"));
                continue;
            }
            if (!Files.isDirectory(root)) {
                problems.add(new Problem(new Location(at, 1, 1),
                        "source root is a file, not a directory; nothing read from it"));
                continue;
            }
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                                if (file.getFileName() == null || !file.getFileName().toString().endsWith(".java")) {
                                    return FileVisitResult.CONTINUE;
                                }
                                Path path = file.toAbsolutePath().normalize();
                                if (attrs.isRegularFile()) {
                                    // the same file reached through a link counts once (by inode where the system
                                    // tells it)
                                    if (seen.add(attrs.fileKey() != null ? attrs.fileKey() : file.toRealPath())) {
                                        found.putIfAbsent(path, SourceFile.onDisk(path, charset, maxBytes));
                                    }
                                } else if (!attrs.isDirectory()) {
                                    found.putIfAbsent(path, SourceFile.notRead(path, notRegular(file, attrs)));
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                problems.add(e instanceof FileSystemLoopException
                                        ? new Problem(new Location(file.toAbsolutePath().normalize(), 1, 1),
                                        "symbolic link loop; not followed")
                                        : unreadable(file, e));
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                problems.add(new Problem(new Location(at, 1, 1), "source root cannot be read: " + e.getMessage()));
            }
        }
        return List.copyOf(found.values());
    }

    /** Why a file that is not a regular file is not read: a dangling link, a FIFO, a device or a socket. */
    private static String notRegular(Path file, BasicFileAttributes attrs) {
        // a link is followed for its kind: a link to a FIFO is a FIFO to whoever opens it
        if (attrs.isSymbolicLink() && !Files.exists(file)) {
            String target;
            try {
                target = Files.readSymbolicLink(file).toString();
            } catch (IOException | UnsupportedOperationException e) {
                target = "?";
            }
            return "symbolic link to " + target + ", which does not exist; not read";
        }
        String kind = "not a regular file";
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            kind = switch (type) {
                case 0010000 -> "a FIFO (named pipe), not a regular file";
                case 0020000 -> "a character device, not a regular file";
                case 0060000 -> "a block device, not a regular file";
                case 0140000 -> "a socket, not a regular file";
                default -> kind;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // no unix attributes here: the plain words do
        }
        return kind + "; not read";
    }

    /**
     * A file or directory the walk could not open. Both walks (sources and configuration) meet the same place and say
     * the same, so that a caller merging their problems can keep one.
     */
    static Problem unreadable(Path file, IOException e) {
        String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
        String what = Files.isDirectory(file) ? "directory cannot be read (" + why + "); the files in it are not analysed"
                : "cannot be read: " + why;
        return new Problem(new Location(file.toAbsolutePath().normalize(), 1, 1), what);
    }

    /** Whether a problem says that a directory could not be listed. */
    public static boolean isUnreadDirectory(Problem problem) {
        return problem.message().startsWith("directory cannot be read");
    }
}
