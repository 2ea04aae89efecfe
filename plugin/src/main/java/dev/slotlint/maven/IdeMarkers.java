package dev.slotlint.maven;

import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Severity;
import org.sonatype.plexus.build.incremental.BuildContext;

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Findings as IDE markers (Eclipse m2e turns {@link BuildContext} messages into markers on the lines). Each build
 * first clears the markers slotlint set before, on every file, so that a marker whose finding is gone (fixed, or its
 * cause edited in another file) goes too. The files marked are remembered in the build context between incremental
 * builds; on the first build of a session every analysed file is cleared.
 */
final class IdeMarkers {

    /** The build-context value holding the files slotlint marked in the previous build. */
    static final String MARKED = "dev.slotlint.markedFiles";

    private IdeMarkers() {
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
    }
}
