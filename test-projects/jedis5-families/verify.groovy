def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
def f = 'src/main/java/com/example/families/Families.java'

assert findings.collect { "${it.severity} ${it.line} ${it.rule} ${it.message.takeWhile { c -> c != ' ' }}" } == [
        'ERROR 27 CrossSlot MSET',
        'ERROR 29 CrossSlot MSETNX',
        'ERROR 30 CrossSlot MGET',
        'ERROR 35 CrossSlot DEL',
        'ERROR 37 CrossSlot EXISTS',
        'ERROR 38 CrossSlot RENAME',
        'ERROR 40 CrossSlot COPY',
        'ERROR 44 CrossSlot SUNIONSTORE',
        'ERROR 46 CrossSlot SMOVE',
        'ERROR 51 CrossSlot ZUNIONSTORE',
        'ERROR 53 CrossSlot ZINTERCARD',
        'ERROR 57 CrossSlot LMOVE',
        'ERROR 58 CrossSlot BLPOP',
        'ERROR 64 CrossSlot PFMERGE',
        'ERROR 65 CrossSlot BITOP',
        'ERROR 66 CrossSlot GEORADIUS_STORE',
        'ERROR 68 CrossSlot XREAD',
        'ERROR 73 CrossSlot EVAL',
        'ERROR 79 UnsupportedOnCluster JedisCluster',
        'ERROR 81 UnsupportedOnCluster JedisCluster',
]
assert findings.every { it.file == f }
assert findings[0].message == 'MSET keys "a" (slot 15495) and "b" (slot 3300) hash to different slots: ' +
        'JedisCluster 5.2.0 throws "Keys must belong to same hashslot."; give them a shared hash tag such as ' +
        '"{user123}:profile" and "{user123}:settings"'
assert findings[8].message.startsWith('SMOVE keys "a" (slot 15495) and "b" (slot 3300) hash')
assert findings[17].message.startsWith('EVAL keys "a" (slot 15495) and "b" (slot 3300) hash')
assert findings[18].message.startsWith('JedisCluster 5.2.0 does not support keys() on a cluster: it throws ' +
        'IllegalArgumentException: Cluster mode only supports KEYS command with pattern containing hash-tag')
assert log.contains('slotlint: 1 file, 20 findings (20 errors); client versions: Jedis 5.2.0')
