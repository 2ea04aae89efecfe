def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
def code = 'src/main/java/com/example/hostile'

// Every file is analysed except the one with a syntax error, which is named with its line; the ISO-8859-1 file is
// read in the encoding the pom declares; Java 21 code and the generated source root are analysed like the rest.
assert findings.collect { "${it.severity} ${it.file}:${it.line} ${it.rule}" } == [
        'ERROR src/main/generated/com/example/generated/Messages.java:12 CrossSlot',
        "ERROR ${code}/Menus.java:9 CrossSlot",
        "ERROR ${code}/Shapes.java:35 CrossSlot",
]*.toString()
assert findings[1].message.startsWith('MSET keys "café:menu" (slot 16232) and "thé:menu" (slot 16275) hash to ' +
        'different slots')
assert findings[0].message.startsWith('DEL keys "msg:1" (slot 13272) and "msg:2" (slot 955) hash to different slots')
assert log.contains("[WARNING] ${new File(basedir, code + '/Unfinished.java').canonicalPath}:[7,49] [slotlint] " +
        'syntax error, file not analysed: Parse error. Found "}"')
assert log.contains("[WARNING] ${new File(basedir, code + '/Ping.java').canonicalPath}:[6,25] [slotlint] cyclic " +
        'constant com.example.hostile.Ping#KEY -> com.example.hostile.Pong#KEY -> com.example.hostile.Ping#KEY; its ' +
        'value is treated as unknown')
assert log.contains('slotlint: 6 files, 3 findings (3 errors), 1 file not analysed; client versions: Jedis 5.2.0')
// no stack trace from the analysis (the invoker runs Maven with -e, which prints the build failure's own trace)
assert log.readLines().findAll { it.contains('at dev.slotlint.') && !it.contains('CheckMojo.execute') &&
        !it.contains('GateMojo.gate') } == []
assert log.readLines().findAll { it.contains('slotlint') && it.contains('Exception') && !it.contains('violations') } == []
