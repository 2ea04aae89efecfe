def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

assert findings.isEmpty()
assert log.contains('slotlint: topology standalone (application.properties:2 (spring.data.redis.host))')
assert log.contains('slotlint: 1 file, 0 findings')
assert log.contains('BUILD SUCCESS')
