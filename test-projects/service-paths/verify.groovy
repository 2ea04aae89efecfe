def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
def orders = 'src/main/java/com/example/orders/OrderService.java'

// Every finding lands at the caller, never in RedisServiceImpl or RedisUtil; SlotBatches stays silent.
assert findings.collect { "${it.severity} ${it.file}:${it.line} ${it.rule}" } == [
        "ERROR ${orders}:20 CrossSlot",
        "WARNING ${orders}:34 CrossSlot",
        "ERROR ${orders}:44 CrossSlot",
        "ERROR ${orders}:58 UndeclaredScriptKey",
]*.toString()
assert findings[0].message.startsWith('MGET (via RedisService.getAll → JedisCluster.mget) keys "orders:today" (slot 4508) ' +
        'and "orders:week" (slot 10804) hash to different slots')
assert findings[1].message.startsWith('DEL (via RedisService.deleteAll → JedisCluster.del) keys "customer:" + ‹id› ' +
        '(no hash tag) share no hash tag')
assert findings[2].message.startsWith('MSET (via RedisUtil.mset → JedisCluster.mset) keys "config:a" (slot 5467) and ' +
        '"config:b" (slot 9528)')
assert findings[3].message.startsWith('EVAL (via RedisService.runScript → JedisCluster.eval) script touches key ' +
        'stock = \'stock:\' .. ARGV[1] (script line 3: if tonumber(redis.call(\'GET\', stock)) > 0 then) that is not ' +
        'passed in KEYS')
assert log.contains('slotlint: 5 files, 4 findings (3 errors, 1 warning); client versions: Jedis 5.2.0')
