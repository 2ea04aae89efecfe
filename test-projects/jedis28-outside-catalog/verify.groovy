def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
def code = 'src/main/java/com/example/sessions/SessionStore.java'
def warning = 'slotlint: Jedis 2.8.2 is not in the catalog; using the semantics of Jedis 2.9'

// Jedis 2.8 is older than every version the catalog describes: the analysis says so once, in the Maven log and in the
// report, and judges the calls as Jedis 2.9 runs them (2.8's JedisClusterCommand refuses them with the same words).
assert findings.collect { "${it.severity} ${it.file}:${it.line} ${it.rule}" } == ["ERROR ${code}:13 CrossSlot"]*.toString()
assert findings[0].message == 'DEL keys "session:1" (slot 9436) and "session:2" (slot 5311) hash to different slots: ' +
        'JedisCluster 2.8.2 throws "No way to dispatch this command to Redis Cluster because keys have different ' +
        'slots."; give them a shared hash tag such as "{session}:1"'
assert log.readLines().findAll { it.contains('is not in the catalog') } == ["[WARNING] ${warning}".toString()]
assert log.contains('slotlint: 1 file, 1 finding (1 error); client versions: Jedis 2.8.2')
def html = new File(basedir, 'target/slotlint/slotlint.html').text
def section = html.substring(html.indexOf('<section id="problems">'))
assert section.contains('<h2>Warnings</h2>')
assert section.contains('<li>' + warning.substring('slotlint: '.length()) + '</li>')
