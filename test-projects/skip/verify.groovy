def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

assert findings.isEmpty()
assert log.contains('slotlint: skipped (slotlint.skip)')
assert !log.contains('slotlint: 1 file')
assert log.contains('BUILD SUCCESS')
