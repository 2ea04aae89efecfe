package dev.slotlint.cache;

import dev.slotlint.Reactor;
import dev.slotlint.source.SourceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The size and modification time of every input file, taken before its content is hashed: taken again after the
 * analysis, they tell whether a file was written meanwhile (a save in the IDE during a build), without reading every
 * file a second time.
 */
record Stamps(List<String> stamps) {

    static Stamps of(List<SourceFile> javaFiles, List<SourceFile> configFiles, Reactor reactor) {
        List<String> stamps = new ArrayList<>();
        Stream.of(javaFiles, configFiles, reactor.upstreamJavaFiles(), reactor.upstreamConfigFiles())
                .flatMap(List::stream)
                .forEach(file -> stamps.add(stamp(file)));
        return new Stamps(stamps);
    }

    private static String stamp(SourceFile file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
            return file.path() + " " + attributes.size() + " " + attributes.lastModifiedTime().toInstant();
        } catch (IOException | UnsupportedOperationException e) {
            // not on disk (sources given in memory) or unreadable: the content digest says the rest
            return file.path() + " -";
        }
    }
}
