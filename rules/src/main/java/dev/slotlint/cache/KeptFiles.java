package dev.slotlint.cache;

import dev.slotlint.FileResult;
import dev.slotlint.FileResults;
import dev.slotlint.client.SpringDriver;
import dev.slotlint.source.JavaSources;
import dev.slotlint.source.Lookups;
import dev.slotlint.source.Problem;
import dev.slotlint.source.ProjectIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-file results of the last analysis, and the rule by which one may stand for analysing its file again: the
 * same engine, settings, configuration files and Spring driver; the file unchanged, and every other file it
 * consulted unchanged but for comments (see {@link CodeText}); and no file changed or added since that declares a
 * type, makes an object or extends a type by a name the file looked up.
 */
final class KeptFiles implements FileResults {

    private static final Pattern CREATION = Pattern.compile("\\bnew\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern SUPERTYPES = Pattern.compile("\\b(?:extends|implements)\\b[^{;]*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    /**
     * One file's kept result.
     *
     * @param read the digest of each file the analysis consulted, as it was then: of its content for the file itself,
     *             of its {@link CodeText code text} for the others
     */
    record Kept(FileResult result, Map<Path, String> read) {
    }

    private final Map<Path, Kept> earlier;
    private final String earlierProject;
    private final Map<Path, String> digests;
    private final String engineAndSettings;
    private final Map<Path, Kept> now = new ConcurrentHashMap<>();
    private final Map<Path, List<Problem>> replayedParseProblems = new ConcurrentHashMap<>();
    private final Set<Path> analysedAgain = ConcurrentHashMap.newKeySet();
    private final Set<String> answers = new HashSet<>();
    private final Set<Path> changed = new HashSet<>();
    private final Map<Path, String> earlierCodes;
    private final Map<Path, String> codeDigests = new ConcurrentHashMap<>();
    private ProjectIndex index;
    private String project;

    /**
     * @param earlier        the kept results, by file; empty for none
     * @param earlierProject the project digest they were made under (see {@link #project()}), or null
     * @param earlierDigests the digest of each Java file in the run that kept them
     * @param earlierCodes   the digest of the code text of the Java files that run knew it of
     * @param inputs         this run's inputs
     */
    KeptFiles(Map<Path, Kept> earlier, String earlierProject, Map<Path, String> earlierDigests,
              Map<Path, String> earlierCodes, Inputs inputs) {
        this.earlier = earlier;
        this.earlierCodes = earlierCodes;
        this.earlierProject = earlierProject;
        this.digests = new HashMap<>();
        StringBuilder project = new StringBuilder(inputs.engine()).append('\n').append(inputs.settings());
        inputs.files().forEach((file, digest) -> {
            if (file.startsWith("J ")) {
                digests.put(Path.of(file.substring(2)), digest);
            } else {
                project.append(file).append(' ').append(digest).append('\n');
            }
        });
        this.engineAndSettings = project.toString();
        digests.forEach((file, digest) -> {
            if (!digest.equals(earlierDigests.get(file))) {
                changed.add(file);
            }
        });
    }

    @Override
    public void start(ProjectIndex index, SpringDriver springDriver) {
        project = Inputs.sha256(engineAndSettings + "spring " + springDriver.library() + "\n");
        this.index = index;
        for (ProjectIndex.Entry entry : index.entries()) {
            Path file = entry.file().path();
            // a file whose code is as it was (comments aside) declares, makes and extends what it did
            if (changed.contains(file) && (!earlierCodes.containsKey(file)
                    || !codeDigest(file).equals(earlierCodes.get(file)))) {
                entry.typeNames().forEach(name -> answers.add(Lookups.TYPE + name));
                String text = index.text(entry);
                for (String written : List.of(text, JavaSources.unicodeEscapes(text))) {
                    Matcher creation = CREATION.matcher(written);
                    while (creation.find()) {
                        answers.add(Lookups.CREATION + creation.group(1));
                    }
                    Matcher supertypes = SUPERTYPES.matcher(written);
                    while (supertypes.find()) {
                        Matcher name = IDENTIFIER.matcher(supertypes.group());
                        while (name.find()) {
                            answers.add(Lookups.SUBTYPE + name.group());
                        }
                    }
                }
            }
        }
    }

    /** The digest of what every kept result depends on beyond the files: engine, settings, configuration, driver. */
    String project() {
        return project;
    }

    @Override
    public Optional<FileResult> reuse(Path file) {
        Kept kept = earlier.get(file);
        if (kept == null || !project.equals(earlierProject) || !kept.read().containsKey(file)) {
            return Optional.empty();
        }
        for (Map.Entry<Path, String> read : kept.read().entrySet()) {
            Path other = read.getKey();
            String now = digests.get(other);
            boolean same;
            if (now == null) {
                same = false;
            } else if (other.equals(file)) {
                same = read.getValue().equals(now);
            } else {
                // unchanged since the run that kept this result, whose files it matched: its code text matches too
                same = !changed.contains(other) || read.getValue().equals(codeDigest(other));
            }
            if (!same) {
                return Optional.empty();
            }
        }
        for (String name : kept.result().lookedUp()) {
            if (answers.contains(name)) {
                return Optional.empty();
            }
        }
        kept.result().parseProblems().forEach(replayedParseProblems::putIfAbsent);
        now.put(file, kept);
        return Optional.of(kept.result());
    }

    @Override
    public void analysed(FileResult result) {
        Map<Path, String> read = new HashMap<>();
        for (Path file : result.readFiles()) {
            String digest = file.equals(result.path()) || !digests.containsKey(file) ? digests.get(file)
                    : codeDigest(file);
            read.put(file, digest == null ? "" : digest);
        }
        now.put(result.path(), new Kept(result, read));
        analysedAgain.add(result.path());
    }

    /** The digest of a project file's code text, or of its content when the index does not hold it. */
    private String codeDigest(Path file) {
        return codeDigests.computeIfAbsent(file, path -> index.text(path)
                .map(text -> Inputs.sha256("code\n" + CodeText.of(text))).orElse(digests.get(path)));
    }

    @Override
    public void notKept(Path file) {
        analysedAgain.add(file);
    }

    @Override
    public List<Problem> parseProblems(ProjectIndex index, Path file) {
        Set<Problem> problems = new LinkedHashSet<>(index.parseProblems(file));
        problems.addAll(replayedParseProblems.getOrDefault(file, List.of()));
        return new ArrayList<>(problems);
    }

    /** The code digests to keep for the next run: those worked out in this one, and those of unchanged files. */
    Map<Path, String> codesToKeep() {
        Map<Path, String> codes = new HashMap<>();
        digests.keySet().forEach(file -> {
            String code = codeDigests.containsKey(file) ? codeDigests.get(file)
                    : changed.contains(file) ? null : earlierCodes.get(file);
            if (code != null) {
                codes.put(file, code);
            }
        });
        return codes;
    }

    /** The results to keep for the next run: those reused and those analysed in this one. */
    Map<Path, Kept> toKeep() {
        return Map.copyOf(now);
    }

    /** Whether the kept results were made under this run's engine, settings, configuration and driver. */
    boolean sameProject() {
        return project != null && project.equals(earlierProject);
    }

    /** How many Java files this run did not take from the kept results: analysed again, changed or added. */
    int notReused() {
        Set<Path> notReused = new HashSet<>(analysedAgain);
        notReused.addAll(changed);
        return notReused.size();
    }
}
