package dev.slotlint.maven;

import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Severity;
import org.sonatype.plexus.build.incremental.BuildContext;

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Findings as IDE markers (Eclipse m2e turns {@link BuildContext} messages into markers on the lines). Each build
 * first clears the markers slotlint set before, on every file, so that a marker whose finding is gone (fixed, or its
 * cause edited in another file) goes too. The files marked are remembered in the build context between incremental
 * builds; on the first build of a session every analysed file is cleared. An incremental build (a save) in which
 * nothing the analysis reads changed keeps the markers as they are and analyses nothing.
 */
final class IdeMarkers {

    /** The build-context value holding the files slotlint marked in the previous build. */
    static final String MARKED = "dev.slotlint.markedFiles";

    /** The build-context value holding the files the previous analysis read. */
    static final String READ = "dev.slotlint.readFiles";

    private IdeMarkers() {
    }

    /**
     * Whether this build must analyse: always but in an incremental build after an analysis in this session, and
     * then when a file that analysis read, or anything under {@code watched}, changed.
     */
    static boolean mustAnalyse(BuildContext context, Optional<List<Path>> watched) {
        Object read = context.getValue(READ);
        if (!context.isIncremental() || watched.isEmpty() || !(read instanceof Collection<?> files)) {
            return true;
        }
        for (Object file : files) {
            if (context.hasDelta((File) file)) {
                return true;
            }
        }
        return watched.get().stream().anyMatch(path -> context.hasDelta(path.toFile()));
    }

    static void update(BuildContext context, List<Finding> findings, Collection<Path> analysed) {
        Object remembered = context.getValue(MARKED);
        Set<File> stale = new LinkedHashSet<>();
        if (remembered instanceof Collection<?> files) {
            files.forEach(file -> stale.add((File) file));
        } else {
            analysed.forEach(path -> stale.add(path.toFile()));
        }
        Set<File> marked = new LinkedHashSet<>();
        findings.forEach(finding -> marked.add(finding.location().file().toFile()));
        stale.addAll(marked);
        stale.forEach(context::removeMessages);
        for (Finding finding : findings) {
            context.addMessage(finding.location().file().toFile(), finding.location().line(),
                    finding.location().column(), "[" + finding.ruleId() + "] " + finding.message(),
                    finding.severity() == Severity.ERROR ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING,
                    null);
        }
        context.setValue(MARKED, List.copyOf(marked));
        context.setValue(READ, analysed.stream().map(Path::toFile).toList());
    }
}
