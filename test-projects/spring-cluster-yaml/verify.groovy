def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
def code = 'src/main/java/com/example/orders/RedisClients.java'

assert findings.collect { "${it.severity} ${it.file}:${it.line} ${it.rule}" } == [
        "ERROR ${code}:17 StandaloneClientOnCluster",
        "ERROR ${code}:21 StandaloneClientOnCluster",
        "ERROR ${code}:25 StandaloneClientOnCluster",
        "ERROR ${code}:34 SelectOnCluster",
        'WARNING src/main/resources/application-test.yml:5 TooFewSeedNodes',
        'ERROR src/main/resources/application.yml:8 SelectOnCluster',
]*.toString()
assert findings[0].message == 'new Jedis(CACHE_HOST, 7000) makes a standalone Jedis client, aimed at redis-1:7000, ' +
        'a node of the Redis Cluster that application.yml:10 (spring.data.redis.cluster.nodes) names: every ' +
        'command on a key whose slot another node owns fails with "MOVED <slot> <host:port>"; use JedisCluster ' +
        '(or RedisClusterClient on Jedis 7+) with the cluster\'s seed nodes (redis-1:7000, redis-2:7001, ' +
        'redis-3:7002, localhost:7000)'
assert findings[1].message.startsWith('new JedisPool("cache.internal", 6379) makes a standalone JedisPool client, ' +
        'but the project targets a Redis Cluster (')
assert findings[5].message == 'spring.data.redis.database=2, but a Redis Cluster has only database 0 ' +
        '(application.yml:10 (spring.data.redis.cluster.nodes)); remove the setting'
assert log.contains('slotlint: topology cluster (application.yml:10 (spring.data.redis.cluster.nodes))')
