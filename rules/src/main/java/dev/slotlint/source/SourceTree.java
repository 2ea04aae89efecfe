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

    /** The Java files under the given roots, each once, sorted by path; unreadable places become problems. */
    public static List<SourceFile> javaFiles(Collection<Path> roots, Charset charset, List<Problem> problems) {
        Set<Path> seen = new LinkedHashSet<>();
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
                                if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java")
                                        && seen.add(file.toRealPath())) {
                                    found.add(file.toAbsolutePath().normalize());
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                String why = e instanceof FileSystemLoopException
                                        ? "symbolic link loop; not followed"
                                        : "cannot be read: " + e.getMessage();
                                problems.add(new Problem(new Location(file.toAbsolutePath().normalize(), 1, 1), why));
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
}
