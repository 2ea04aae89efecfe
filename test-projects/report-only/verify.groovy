def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

assert findings.collect { "${it.severity} ${it.file}:${it.line}:${it.column} ${it.rule}" } == [
        'ERROR src/main/java/com/example/legacy/Sessions.java:8:17 CrossSlot',
]
assert findings[0].message.startsWith('DEL keys "session:ada" (slot ')
assert log.contains('slotlint: 1 file, 1 finding (1 error)')
assert !log.contains('violation')
assert log.contains('BUILD SUCCESS')
