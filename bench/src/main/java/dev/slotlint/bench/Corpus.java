package dev.slotlint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A set of source folders measured together. */
record Corpus(String name, List<Path> roots) {

    /** Every .java file under the roots, in path order. */
    static List<Path> javaFiles(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().forEach(files::add);
            }
        }
        return files;
    }

    int files() {
        try {
            return javaFiles(roots).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long lines() {
        long lines = 0;
        try {
            for (Path file : javaFiles(roots)) {
                lines += Files.readString(file, StandardCharsets.UTF_8).lines().count();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
