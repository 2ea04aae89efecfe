def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
def service = 'src/main/java/com/example/accounts/service/AccountService.java'

assert findings.collect { "${it.severity} ${it.file}:${it.line} ${it.rule}" } == [
        "ERROR ${service}:33 CrossSlot",
        "WARNING ${service}:38 CrossSlot",
        "ERROR ${service}:43 CrossSlot",
        "ERROR ${service}:50 CrossSlot",
        "ERROR ${service}:60 CrossSlot",
]*.toString()

def messages = findings.collect { it.message }
assert messages[0].startsWith('DEL keys "accounts:session:count" (slot ')
assert messages[0].contains('"accounts:user:count" (slot ')
assert messages[1] == 'DEL keys "{accounts:user:" + ‹userId› + "}:profile" (hash tag "accounts:user:" + ‹userId›) and ' +
        '"accounts:session:" + ‹userId› (no hash tag) share no hash tag, so they land in one slot only by chance; ' +
        'otherwise JedisCluster 5.2.0 throws "Keys must belong to same hashslot."; ' +
        'give them a shared hash tag such as "{accounts:user:" + ‹userId› + "}"'
assert messages[2].startsWith('DEL keys "login:42" (slot ')
assert messages[3] == 'MSET keys "lock:user:1" (slot 3695) and "{user:1}:alias" (slot 10778) hash to different slots: ' +
        'JedisCluster 5.2.0 throws "Keys must belong to same hashslot."; ' +
        'give them a shared hash tag such as "lock:{user:1}"'
assert messages[4].startsWith('DEL keys "avatar:1" (slot ')
assert log.contains('slotlint: 3 files, 5 findings (4 errors, 1 warning); client versions: Jedis 5.2.0')
assert log.contains('slotlint: 4 violations')
