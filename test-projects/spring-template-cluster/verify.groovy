def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
def carts = 'src/main/java/com/example/carts/CartService.java'
def checkout = 'src/main/java/com/example/carts/CheckoutService.java'

// Emulated by Spring across slots (ClusterFanOut), rejected (CrossSlot), refused whatever the keys
// (UnsupportedOnCluster); the hash-tagged calls of saveForLater and the pipeline stay silent.
assert findings.collect { "${it.severity} ${it.file}:${it.line} ${it.rule}" } == [
        "WARNING ${carts}:23 ClusterFanOut",
        "WARNING ${carts}:24 ClusterFanOut",
        "WARNING ${carts}:25 ClusterFanOut",
        "WARNING ${carts}:26 ClusterFanOut",
        "WARNING ${carts}:27 ClusterFanOut",
        "WARNING ${carts}:28 ClusterFanOut",
        "WARNING ${carts}:29 ClusterFanOut",
        "WARNING ${carts}:30 ClusterFanOut",
        "WARNING ${carts}:31 ClusterFanOut",
        "WARNING ${carts}:32 ClusterFanOut",
        "ERROR ${carts}:44 CrossSlot",
        "ERROR ${carts}:45 CrossSlot",
        "ERROR ${carts}:46 CrossSlot",
        "ERROR ${carts}:47 CrossSlot",
        "ERROR ${checkout}:24 UnsupportedOnCluster",
        "WARNING ${checkout}:35 ClusterFanOut",
]*.toString()
assert findings.findAll { it.rule != 'UnsupportedOnCluster' }.collect { it.message.replaceFirst(/ keys ["‹].*/, '') } == [
        'MGET (via ValueOperations.multiGet)', 'MSET (via ValueOperations.multiSet)',
        'DEL (via StringRedisTemplate.delete)', 'EXISTS (via StringRedisTemplate.countExistingKeys)',
        'RENAME (via StringRedisTemplate.rename)', 'SUNIONSTORE (via SetOperations.unionAndStore)',
        'SDIFF (via SetOperations.difference)', 'SINTER (via SetOperations.intersect)', 'SMOVE (via SetOperations.move)',
        'RPOPLPUSH (via ListOperations.rightPopAndLeftPush)', 'ZUNIONSTORE (via ZSetOperations.unionAndStore)',
        'ZINTERSTORE (via ZSetOperations.intersectAndStore)', 'PFCOUNT (via HyperLogLogOperations.size)',
        'EVAL (via StringRedisTemplate.execute)', 'RENAME (via RedisKeyCommands.rename)']
assert findings[4].message == 'RENAME (via StringRedisTemplate.rename) keys "cart:guest" (slot 10727) and ' +
        '"cart:member" (slot 7836) span different slots: Spring Data Redis 3.3.13 on Lettuce emulates the call with ' +
        'DUMP, RESTORE and DEL, so it is not atomic; a failure midway leaves both keys; if they must change ' +
        'together, give them a shared hash tag such as "{cart}:guest"'
assert findings[12].message == 'PFCOUNT (via HyperLogLogOperations.size) keys "visitors:web" (slot 5546) and ' +
        '"visitors:app" (slot 10908) hash to different slots: Spring Data Redis 3.3.13 on Lettuce throws ' +
        '"InvalidDataAccessApiUsageException: All keys must map to same slot for pfcount in cluster mode"; give ' +
        'them a shared hash tag such as "{visitors}:web"'
assert findings[14].message == 'Spring Data Redis 3.3.13 on Lettuce does not support multi() on a cluster: it ' +
        'throws InvalidDataAccessApiUsageException: MULTI is currently not supported in cluster mode; use one ' +
        'multi-key command or a Lua script (EVAL) whose keys share a hash tag'
assert log.contains('slotlint: topology cluster (application.yml:7 (spring.data.redis.cluster.nodes))')
assert log.contains('slotlint: 3 files, 16 findings (5 errors, 11 warnings); client versions: Lettuce 6.3.2.RELEASE, ' +
        'Spring Data Redis 3.3.13')
