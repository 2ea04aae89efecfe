def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

// The same service as spring-template-cluster, on a single Redis host: every call works there.
assert findings == []
assert log.contains('slotlint: topology standalone (application.yml:4 (spring.data.redis.host))')
assert log.contains('slotlint: 3 files, 0 findings; client versions: Lettuce 6.3.2.RELEASE, Spring Data Redis 3.3.13')
