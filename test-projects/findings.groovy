// Reads the findings slotlint printed into a test project's build.log, one map per compiler-style line:
// [ERROR] /abs/path/File.java:[12,9] [CrossSlot] message
// (the failure message of a failing build, which lists the violations once more, is left out)
import java.nio.file.Paths

return { File basedir ->
    def pattern = ~/^\[(ERROR|WARNING|INFO)\] (\/.+?):\[(\d+),(\d+)\] \[(\w+)\] (.*)$/
    def base = basedir.toPath().toRealPath()
    def lines = new File(basedir, 'build.log').readLines()
    // a failing build's message lists the violations again: the findings are the lines before it
    int failure = lines.findIndexOf { it.contains('Failed to execute goal') }
    (failure < 0 ? lines : lines.subList(0, failure))
            .collect { pattern.matcher(it) }
            .findAll { it.matches() && it.group(5) != 'slotlint' }
            .collect { m ->
                [severity: m.group(1),
                 file    : base.relativize(Paths.get(m.group(2)).toRealPath()).toString(),
                 line    : m.group(3) as int,
                 column  : m.group(4) as int,
                 rule    : m.group(5),
                 message : m.group(6)]
            }
}
