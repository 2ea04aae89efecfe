def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

assert findings.collect { "${it.severity} ${it.file}:${it.line} ${it.rule}" } == [
        'WARNING docker/redis.conf:3 ClusterAnnounceIp',
        'WARNING src/main/java/com/example/orders/Seeds.java:9 TooFewSeedNodes',
]
assert findings[0].message.startsWith('redis.conf enables cluster mode for a node run by Docker (docker-compose.yml) ' +
        'but sets no cluster-announce-ip')
assert findings[1].message.startsWith('new JedisCluster(new HostAndPort("localhost", 7000)) gives JedisCluster 1 seed node (localhost:7000)')
assert log.contains('slotlint: topology cluster (redis.conf:3 (cluster-enabled yes))')
assert log.contains('BUILD SUCCESS')
