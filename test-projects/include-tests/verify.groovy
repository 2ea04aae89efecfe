def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

assert findings.collect { "${it.severity} ${it.file}:${it.line} ${it.rule}" } == [
        'ERROR src/test/java/com/example/fixtures/FixtureData.java:8 CrossSlot',
]
assert log.contains('slotlint: 2 files, 1 finding (1 error)')
assert log.contains('slotlint: 1 violation')
