def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

assert findings.collect { "${it.severity} ${it.line} ${it.rule}" } == [
        'WARNING 19 ClusterFanOut',
        'WARNING 24 ClusterFanOut',
        'ERROR 34 CrossSlot',
        'ERROR 39 CrossSlot',
]
assert findings[0].message.startsWith('MGET keys "stock:apples" (slot ')
assert findings[0].message.contains('span different slots: RedisClusterClient 8.0.2 splits the call into one command ' +
        'per slot, so it is not atomic; the values can come from different moments')
assert findings[1].message.contains('readers can see some keys written and not others')
assert findings[2].message.contains('RedisClusterClient 8.0.2 throws "Cannot get connection for command with multiple hash slots"')
assert findings[3].message.contains('JedisCluster 8.0.2 throws "Cannot get connection for command with multiple hash slots"')
assert log.contains('slotlint: 1 file, 4 findings (2 errors, 2 warnings); client versions: Jedis 8.0.2')
