def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

assert findings.collect { "${it.severity} ${it.file}:${it.line}:${it.column} ${it.rule}" } == [
        'ERROR src/main/java/com/example/shop/CartService.java:18:15 CrossSlot',
        'ERROR src/main/java/com/example/shop/CartService.java:28:22 CrossSlot',
        'ERROR src/main/java/com/example/shop/CartService.java:38:15 CrossSlot',
        'ERROR src/main/java/com/example/shop/Main.java:18:21 CrossSlot',
]
assert findings[0].message == 'MSET keys "user:101" (slot 13437) and "user:102" (slot 1054) hash to different slots: ' +
        'JedisCluster 5.2.0 throws "Keys must belong to same hashslot."; give them a shared hash tag such as "{user}:101"'
assert findings[2].message == 'DEL keys "{user:101}:profile" (slot 13437) and "{user:102}:settings" (slot 1054) hash to ' +
        'different slots: JedisCluster 5.2.0 throws "Keys must belong to same hashslot."; give them a shared hash tag such ' +
        'as "{user:101}:settings"'
assert log.contains('slotlint: 2 files, 4 findings (4 errors); client versions: Jedis 5.2.0')
assert log.contains('slotlint: 4 violations')
assert log.contains('BUILD FAILURE')
