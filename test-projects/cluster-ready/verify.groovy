def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
def code = 'src/main/java/com/example/legacy/Cart.java'

assert findings.collect { "${it.severity} ${it.file}:${it.line} ${it.rule}" } == [
        "ERROR ${code}:10 StandaloneClientOnCluster",
        "WARNING ${code}:14 CrossSlot",
        "ERROR ${code}:20 CrossSlot",
]*.toString()
assert findings[0].message.contains('but the project targets a Redis Cluster (plugin parameter clusterReady=true)')
assert findings[1].message.startsWith('MGET keys "cart:" + ‹cartId› + ":lines" (no hash tag) and "cart:" + ‹cartId› + ":total" (no hash tag) share no hash tag')
assert findings[1].message.endsWith('give them a shared hash tag such as "cart:{" + ‹cartId› + "}:lines"')
assert log.contains('slotlint: topology cluster (plugin parameter clusterReady=true)')
