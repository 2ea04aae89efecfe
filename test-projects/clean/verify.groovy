def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

assert findings.isEmpty()
assert log.contains('slotlint: 2 files, 0 findings')
assert log.contains('BUILD SUCCESS')
