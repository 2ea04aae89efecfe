def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def code = new File(basedir, 'src/main/java/com/example/stress').canonicalPath
// the finding lines, read here rather than by findings.groovy: two file names exist only escaped
def finding = ~/^\[(ERROR|WARNING)\] (\/.+?):\[(\d+),(\d+)\] \[(\w+)\] (.*)$/
def findings = lines.collect { finding.matcher(it) }.findAll { it.matches() && it.group(5) != 'slotlint' }
        .collect { "${it.group(2).substring(code.length() + 1)}:${it.group(3)}:${it.group(4)} ${it.group(5)}".toString() }

// Every hostile input is one warning with its file and line, the same in each of the three runs.
def tooLong = ' characters, more than the 16,384 slotlint evaluates; treated as unknown'
def warnings = [
        "${code}/Big.java:[1,1] [slotlint] 300,181 bytes (293.1 KB), more than the 262,144 bytes (256 KB) slotlint" +
                ' reads (maxFileSize); not analysed',
        "${code}/Dangling.java:[1,1] [slotlint] symbolic link to ${code}/Missing.java, which does not exist; not read",
        "${code}/Device.java:[1,1] [slotlint] a character device, not a regular file; not read",
        "${code}/Fifo.java:[1,1] [slotlint] a FIFO (named pipe), not a regular file; not read",
        "${code}/Formats.java:[9,22] [slotlint] formats argument 99,999,999,999 (%99999999999\$s) of 1 given, which" +
                ' fails at run time; treated as unknown',
        "${code}/Formats.java:[10,22] [slotlint] builds a value of 2,147,483,647${tooLong}",
        "${code}/Formats.java:[11,22] [slotlint] builds a value of 999,999,999${tooLong}",
        "${code}/Formats.java:[12,22] [slotlint] builds a value of 4,294,967,294${tooLong}",
        "${code}/Formats.java:[13,22] [slotlint] builds a value of 400,000,000${tooLong}",
        "${code}/Parens.java:[7,1] [slotlint] nested more than 10,000 deep (parentheses, brackets, braces," +
                ' conditional operators, lambdas, prefix operators); file not analysed',
        "${new File(basedir, 'src/main/resources/application-bomb.yml').canonicalPath}:[2,1] [slotlint] aliases" +
                ' repeat more than 100,000 values of this YAML file; the rest of the file is not read',
        "${new File(basedir, 'src/test/java').canonicalPath}:[1,1] [slotlint] source root does not exist; nothing read" +
                ' from it',
]*.toString()
assert lines.findAll { it.startsWith('[WARNING] ') && it.contains(' [slotlint] ') } ==
        (1..3).collectMany { warnings.collect { "[WARNING] ${it}".toString() } }

// The cluster is found through the escaped property (and the YAML merge key), as java.util.Properties reads it.
assert lines.count { it == '[INFO] slotlint: topology cluster (application.properties:2 (spring.data.redis.cluster.nodes))' } == 3

// The baseline holds every finding the healthy code deserves, file names and keys XML cannot hold escaped; check
// reads it back and accepts each.
// the 20,007-character key of Append.java, as far as it is built: its first 16,384 characters, which hold its tag
def appended = ('{user}:' + '0123456789' * 1_638)[0..<16_384]
def baseline = new groovy.xml.XmlSlurper().parse(new File(basedir, 'slotlint-baseline.xml'))
assert baseline.finding.collect { "${it.@file} ${it.key[0]}".toString() } == [
        "src/main/java/com/example/stress/Append.java \"${appended[0..<106]}…${appended[-40..-1]}\" (16,384" +
                ' characters) + ‹…› (slot 5474)',
        'src/main/java/com/example/stress/Bom.java "bom:1" (slot 1397)',
        'src/main/java/com/example/stress/Esc\\u001b[2J.java "esc:1" (slot 11573)',
        'src/main/java/com/example/stress/Escapes.java "hidden:1" (slot 11014)',
        'src/main/java/com/example/stress/Escapes.java "escaped:1" (slot 13606)',
        'src/main/java/com/example/stress/Evil\\u000a[ERROR] forged.java "evil:1" (slot 1177)',
        'src/main/java/com/example/stress/Formats.java "user:1" (slot 10778)',
        'src/main/java/com/example/stress/Surrogate.java "\\ud800:a" (slot 16205)',
        'src/main/java/com/example/stress/Surrogate.java "\\uffff:a" (slot 16349)',
        'src/main/java/com/example/stress/Ternaries.java ("{user}:0" | "{user}:1" | "{user}:2" | "{user}:3" |' +
                ' "{user}:4" | "{user}:5" | "{user}:6" | "{user}:7" | "{user}:8" | "{user}:9" | "{user}:10" |' +
                ' "{user}:11" | "{user}:12" | "{user}:13" | "{user}:14" | "{user}:" + ‹i == 15 ? …›) (slot 5474)',
]
assert log.contains('slotlint: baseline ' + new File(basedir, 'slotlint-baseline.xml').path + ' accepts 10 findings')
assert lines.contains('[INFO] slotlint: 13 files, 0 findings, 10 in the baseline, 5 files not analysed; client' +
        ' versions: Jedis 5.2.0')

// Without the baseline, every finding is printed; the file name with a line break stays on its line.
assert lines.contains('[INFO] slotlint: 13 files, 10 findings (10 errors), 5 files not analysed; client versions:' +
        ' Jedis 5.2.0')
assert findings == [
        'Append.java:8:17 CrossSlot',
        // the byte order mark is no column: mset is the 111th character after it
        'Bom.java:1:111 CrossSlot',
        'Esc\\u001b[2J.java:7:17 CrossSlot',
        // the call after \u000a in a line comment, at its column as the file is written
        'Escapes.java:9:37 CrossSlot',
        'Escapes.java:10:17 CrossSlot',
        'Evil\\u000a[ERROR] forged.java:7:17 CrossSlot',
        'Formats.java:14:17 CrossSlot',
        'Surrogate.java:9:17 CrossSlot',
        'Surrogate.java:10:17 CrossSlot',
        'Ternaries.java:9:17 CrossSlot',
]
def evil = ("[ERROR] ${code}/Evil\\u000a[ERROR] forged.java:[7,17] [CrossSlot] MSET keys \"evil:1\" (slot 1177) and" +
        ' "evil:2" (slot 13562) hash to different slots: JedisCluster 5.2.0 throws "Keys must belong to same' +
        ' hashslot."; give them a shared hash tag such as "{evil}:1"').toString()
assert lines.contains(evil)
assert !lines.any { it.startsWith('[ERROR] forged.java') }
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/slotlint/slotlint.sarif'))
assert sarif.runs[0].results*.locations*.getAt(0)*.physicalLocation*.artifactLocation*.uri
        .contains('src/main/java/com/example/stress/Evil%0A%5BERROR%5D%20forged.java')

// no stack trace from the analysis
assert lines.findAll { it.contains('at dev.slotlint.') } == []
assert lines.findAll { it.contains('slotlint') && (it.contains('Exception') || it.contains('Error:')) } == []
