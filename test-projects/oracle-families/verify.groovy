def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def calls = 'src/main/java/com/example/families/Calls.java'

def command = { it.message.takeWhile { c -> c != ' ' } }
def jedis = findings.findAll { it.file == calls && it.line == 10 }
def lettuce = findings.findAll { it.file == calls && it.line == 15 }
// keys in different slots: every Jedis family is refused, Lettuce splits seven and the server refuses the rest
assert jedis.size() == 54 && jedis.every { it.rule == 'CrossSlot' && it.severity == 'ERROR' }
assert jedis.every { it.message.contains('JedisCluster 5.2.0 throws "Keys must belong to same hashslot."') }
assert lettuce.findAll { it.rule == 'ClusterFanOut' }.collect(command).sort() ==
        ['DEL', 'EXISTS', 'MGET', 'MSET', 'MSETNX', 'TOUCH', 'UNLINK']
assert lettuce.findAll { it.rule == 'CrossSlot' }.size() == 46
// the same calls with keys sharing {f}: nothing
assert findings.size() == 107
assert findings.every { it.line == 10 || it.line == 15 }
assert jedis.find { command(it) == 'SMOVE' }.message.startsWith(
        'SMOVE (via JedisFamilies.run → JedisCluster.smove) keys "fam:a" (slot ')
