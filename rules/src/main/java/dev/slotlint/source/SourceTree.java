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
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds the {@code .java} files under source roots, following links but never looping. */
public final class SourceTree {

    private SourceTree() {
    }

    private static final java.util.Set<String> SKIPPED_DIRECTORIES = java.util.Set.of("target", "build", "out",
            "node_modules", "bin");

    /**
     * Files under the project directory whose names match, skipping build output and hidden directories: how
     * configuration files (application.yml, redis.conf, docker-compose.yml) are found.
     */
    public static List<SourceFile> files(Path projectDirectory, java.util.function.Predicate<String> fileName,
                                         Charset charset, List<Problem> problems) {
        List<Path> found = new ArrayList<>();
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
                    if (attrs.isRegularFile() && attrs.size() < 1_000_000
                            && fileName.test(file.getFileName().toString())) {
                        found.add(file.toAbsolutePath().normalize());
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
        found.sort(null);
        return found.stream().map(p -> SourceFile.onDisk(p, charset)).toList();
    }

    /** The Java files under the given roots, each once, sorted by path; unreadable places become problems. */
    public static List<SourceFile> javaFiles(Collection<Path> roots, Charset charset, List<Problem> problems) {
        Set<Object> seen = new java.util.HashSet<>();
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try {
                Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                                // the same file reached through a link counts once (by inode where the system tells it)
                                if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java")
                                        && seen.add(attrs.fileKey() != null ? attrs.fileKey() : file.toRealPath())) {
                                    found.add(file.toAbsolutePath().normalize());
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
                problems.add(new Problem(new Location(root, 1, 1), "source root cannot be read: " + e.getMessage()));
            }
        }
        found.sort(null);
        return found.stream().map(p -> SourceFile.onDisk(p, charset)).toList();
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
