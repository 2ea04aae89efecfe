def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
def code = 'src/main/java/com/example/orders/RedisClients.java'

assert findings.collect { "${it.severity} ${it.file}:${it.line} ${it.rule}" } == [
        "ERROR ${code}:13 StandaloneClientOnCluster",
        "ERROR ${code}:21 StandaloneClientOnCluster",
]*.toString()
assert findings[0].message.startsWith('new Jedis(CACHE_HOST, 7000) makes a standalone Jedis client, aimed at redis-1:7000')
assert findings[1].message.startsWith('RedisClient.create("redis://redis-2:7001") makes a standalone RedisClient client, ' +
        'aimed at redis-2:7001')
assert log.contains('[WARNING] slotlint: conflicting topology evidence: cluster (application-prod.properties:1 ' +
        '(spring.data.redis.cluster.nodes)) and standalone (application.properties:1 (spring.data.redis.host)); ' +
        'set the plugin parameter topology to cluster or standalone')
