def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

assert findings.collect { "${it.severity} ${it.line} ${it.rule} ${it.message.takeWhile { c -> c != ' ' }}" } == [
        'WARNING 26 ClusterFanOut MSETNX',
        'ERROR 27 CrossSlot SUNIONSTORE',
        'ERROR 29 CrossSlot EVAL',
        'ERROR 30 CrossSlot XREAD',
        'WARNING 31 ClusterFanOut MSETEX',
        'WARNING 37 ClusterFanOut DEL',
        'ERROR 38 CrossSlot RENAME',
        'WARNING 42 ClusterFanOut MGET',
        'ERROR 43 CrossSlot SMOVE',
]
assert findings[0].message == 'MSETNX keys "session:" + ‹userId› (no hash tag) and "seen:" + ‹userId› (no hash tag) ' +
        'share no hash tag, so they likely span different slots: RedisAdvancedClusterCommands 7.7.0.RELEASE splits the ' +
        'call into one command per slot, so it is not atomic; a split MSETNX can set some keys and not others; ' +
        'if they must change together, give them a shared hash tag such as "session:{" + ‹userId› + "}"'
assert findings[1].message.contains('the server answers "CROSSSLOT Keys in request don\'t hash to the same slot"')
assert log.contains('slotlint: 1 file, 9 findings (5 errors, 4 warnings); client versions: Lettuce 7.7.0.RELEASE')
