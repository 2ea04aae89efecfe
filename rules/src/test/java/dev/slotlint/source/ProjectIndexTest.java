package dev.slotlint.source;

import com.github.javaparser.ast.CompilationUnit;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectIndexTest {

    private final SourceFile shop = SourceFile.inMemory(Path.of("shop/Shop.java"),
            "package shop; class Shop { String key() { return Keys.CART; } }");
    private final SourceFile keys = SourceFile.inMemory(Path.of("shop/Keys.java"),
            "package shop; class Keys { static final String CART = \"cart\"; }");
    private final List<Problem> problems = new ArrayList<>();
    private final ProjectIndex index = ProjectIndex.scan(List.of(shop, keys), text -> true, problems::add);

    @Test
    void aFileAnalysedReadsItsOwnTreeWhereverItAsksForIt() {
        CompilationUnit inside = index.analysing(shop, unit -> {
            assertSame(unit.orElseThrow(), index.unit(shop).orElseThrow());
            return unit.orElseThrow();
        });
        assertNotSame(inside, index.unit(shop).orElseThrow(), "a tree parsed for its own analysis is not kept");
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void aTreeOthersAskedForIsKeptForTheirAnalysesAndItsOwn() {
        CompilationUnit asked = index.analysing(shop, unit -> index.unit(keys).orElseThrow());
        assertSame(asked, index.unit(keys).orElseThrow());
        assertSame(asked, index.analysing(keys, Optional::orElseThrow));
    }

    @Test
    void oneAnalysisParsesEachFileItReadsOnceHoweverManyItReads() {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            files.add(SourceFile.inMemory(Path.of("shop/Part" + i + ".java"), "package shop; class Part" + i + " {}"));
        }
        files.add(shop);
        ProjectIndex many = ProjectIndex.scan(files, text -> true, problems::add);
        many.analysing(shop, unit -> {
            CompilationUnit first = many.unit(files.get(0)).orElseThrow();
            files.subList(1, 200).forEach(file -> many.unit(file).orElseThrow());
            assertSame(first, many.unit(files.get(0)).orElseThrow());
            return null;
        });
        assertTrue(problems.isEmpty(), problems::toString);
    }

    @Test
    void aFileThatCannotBeParsedIsAnalysedAsNoTree() {
        SourceFile broken = SourceFile.inMemory(Path.of("shop/Broken.java"), "package shop; class Broken {");
        ProjectIndex withBroken = ProjectIndex.scan(List.of(broken), text -> true, problems::add);
        assertEquals(Optional.empty(), withBroken.analysing(broken, unit -> unit));
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).toString().contains("Broken.java"), problems::toString);
    }
}
