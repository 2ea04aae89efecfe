package dev.slotlint.maven;

import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Severity;
import dev.slotlint.source.Location;
import org.junit.jupiter.api.Test;
import org.sonatype.plexus.build.incremental.BuildContext;

import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In Eclipse, a marker whose finding is gone goes on the next incremental build, whichever file it was in. */
class IdeMarkersTest {

    private static final Path SHOP = Path.of("/p/src/main/java/Shop.java");
    private static final Path CART = Path.of("/p/src/main/java/Cart.java");

    /** A build context as m2e gives one: remembered values, and a log of what was done to the markers. */
    private static BuildContext context(Map<String, Object> values, List<String> calls) {
        return context(values, calls, false, Set.of());
    }

    /** The same, in an incremental build (a save in the IDE) in which these files and directories changed. */
    private static BuildContext context(Map<String, Object> values, List<String> calls, boolean incremental,
                                        Set<Path> changed) {
        return (BuildContext) Proxy.newProxyInstance(BuildContext.class.getClassLoader(),
                new Class<?>[] {BuildContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getValue" -> values.get((String) args[0]);
                    case "setValue" -> values.put((String) args[0], args[1]);
                    case "removeMessages" -> calls.add("remove " + ((File) args[0]).getName());
                    case "addMessage" -> calls.add("add " + ((File) args[0]).getName() + ":" + args[1] + " " + args[3]);
                    case "isIncremental" -> incremental;
                    case "hasDelta" -> changed.contains(((File) args[0]).toPath());
                    default -> null;
                });
    }

    private static Finding finding(Path file, int line) {
        return new Finding("CrossSlot", Severity.ERROR, new Location(file, line, 9), "MSET keys ...", List.of());
    }

    @Test
    void markersOfFixedFilesAreRemovedOnTheNextBuild() {
        Map<String, Object> values = new HashMap<>();
        List<String> first = new ArrayList<>();
        IdeMarkers.update(context(values, first), List.of(finding(SHOP, 12), finding(CART, 7)), List.of(SHOP, CART));
        assertEquals(List.of("remove Shop.java", "remove Cart.java", "add Shop.java:12 [CrossSlot] MSET keys ...",
                "add Cart.java:7 [CrossSlot] MSET keys ..."), first);

        // Cart.java's call was fixed (or its key constant, in another file): its marker goes, Shop.java's is renewed.
        List<String> second = new ArrayList<>();
        IdeMarkers.update(context(values, second), List.of(finding(SHOP, 13)), List.of(SHOP, CART));
        assertEquals(List.of("remove Shop.java", "remove Cart.java", "add Shop.java:13 [CrossSlot] MSET keys ..."),
                second);

        List<String> third = new ArrayList<>();
        IdeMarkers.update(context(values, third), List.of(), List.of(SHOP, CART));
        assertEquals(List.of("remove Shop.java"), third);
    }

    @Test
    void anIncrementalBuildInWhichNothingReadChangedAnalysesNothing() {
        Path sources = Path.of("/p/src/main/java");
        Path pom = Path.of("/p/pom.xml");
        Optional<List<Path>> watched = Optional.of(List.of(sources, pom));
        Map<String, Object> values = new HashMap<>();
        // the first build of a session analyses, incremental or not
        assertTrue(IdeMarkers.mustAnalyse(context(values, new ArrayList<>(), true, Set.of()), watched));
        IdeMarkers.update(context(values, new ArrayList<>()), List.of(finding(SHOP, 12)), List.of(SHOP, CART));

        assertFalse(IdeMarkers.mustAnalyse(context(values, new ArrayList<>(), true, Set.of()), watched));
        assertTrue(IdeMarkers.mustAnalyse(context(values, new ArrayList<>(), true, Set.of(CART)), watched),
                "a file read last time changed");
        assertTrue(IdeMarkers.mustAnalyse(context(values, new ArrayList<>(), true, Set.of(sources)), watched),
                "a file appeared in a source root");
        assertTrue(IdeMarkers.mustAnalyse(context(values, new ArrayList<>(), true, Set.of(pom)), watched),
                "the settings may have changed");
        assertTrue(IdeMarkers.mustAnalyse(context(values, new ArrayList<>(), false, Set.of()), watched),
                "a full build analyses");
        assertTrue(IdeMarkers.mustAnalyse(context(values, new ArrayList<>(), true, Set.of()), Optional.empty()),
                "a module that reads upstream modules cannot see their edits");
    }
}
