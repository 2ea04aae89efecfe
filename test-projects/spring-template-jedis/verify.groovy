def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
def code = 'src/main/java/com/example/ranks/RankingService.java'

// Jedis is the driver (Jedis is a dependency, Lettuce is not): Spring's Jedis cluster connection refuses ZUNIONSTORE
// and, through JedisCluster, COPY across slots, runs MGET key by key, emulates RPOPLPUSH, and has no pipelines.
assert findings.collect { "${it.severity} ${it.file}:${it.line} ${it.rule}" } == [
        "ERROR ${code}:18 CrossSlot",
        "ERROR ${code}:20 CrossSlot",
        "WARNING ${code}:21 ClusterFanOut",
        "WARNING ${code}:22 ClusterFanOut",
        "ERROR ${code}:26 UnsupportedOnCluster",
]*.toString()
assert findings[0].message == 'ZUNIONSTORE (via ZSetOperations.unionAndStore) keys "rank:daily" (slot 2976), ' +
        '"rank:weekly" (slot 7511) and "rank:all" (slot 5437) hash to different slots: Spring Data Redis 3.3.13 on ' +
        'Jedis throws "InvalidDataAccessApiUsageException: ZUNIONSTORE can only be executed when all keys map to the ' +
        'same slot"; give them a shared hash tag such as "{rank}:daily"'
assert findings[1].message.contains('Spring Data Redis 3.3.13 on Jedis throws "InvalidDataAccessApiUsageException: ' +
        'Keys must belong to same hashslot."')
assert findings[2].message.contains('Spring Data Redis 3.3.13 on Jedis runs one command per key, so it is not atomic')
assert findings[4].message == 'Spring Data Redis 3.3.13 on Jedis does not support executePipelined() on a cluster: ' +
        'it throws InvalidDataAccessApiUsageException: Pipeline is not supported for JedisClusterConnection; run the ' +
        'commands one by one, or use the Lettuce driver, whose cluster connection pipelines'
assert log.contains('slotlint: 1 file, 5 findings (3 errors, 2 warnings); client versions: Jedis 5.2.0, ' +
        'Spring Data Redis 3.3.13')
