def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def calls = 'src/main/java/com/example/families/Calls.java'
def families = 'src/main/java/com/example/families/SpringFamilies.java'

def command = { it.message.takeWhile { c -> c != ' ' } }
def templates = findings.findAll { it.file == calls && it.line == 9 }
def bound = findings.findAll { it.file == calls && it.line == 11 }
def connection = findings.findAll { it.file == calls && it.line == 13 }
// keys in different slots, on Lettuce: Spring emulates these, and Lettuce's cluster API splits the rest of the first
// line; the server (or Spring, for HyperLogLogs) refuses the others
assert templates.findAll { it.rule == 'ClusterFanOut' }.collect(command).sort() ==
        ['DEL', 'EXISTS', 'MGET', 'MSET', 'MSETNX', 'RENAME', 'RENAMENX', 'RPOPLPUSH', 'SDIFF', 'SDIFFSTORE', 'SINTER',
         'SINTERSTORE', 'SMOVE', 'SUNION', 'SUNIONSTORE', 'UNLINK']
assert templates.findAll { it.rule == 'CrossSlot' }.collect(command).sort() ==
        ['COPY', 'EVAL', 'LMOVE', 'PFCOUNT', 'PFMERGE', 'ZDIFF', 'ZDIFF', 'ZDIFFSTORE', 'ZINTER', 'ZINTER',
         'ZINTERSTORE', 'ZRANGESTORE', 'ZUNION', 'ZUNION', 'ZUNIONSTORE']
assert bound.collect { "${it.rule} ${command(it)}" }.sort() ==
        ['ClusterFanOut RENAME', 'ClusterFanOut SDIFFSTORE', 'ClusterFanOut SUNION', 'CrossSlot ZUNIONSTORE']
assert connection.collect { "${it.rule} ${command(it)}" }.sort() ==
        ['ClusterFanOut BLPOP', 'ClusterFanOut DEL', 'ClusterFanOut MGET', 'ClusterFanOut RENAME',
         'ClusterFanOut SUNIONSTORE', 'CrossSlot BITOP', 'CrossSlot PFCOUNT', 'CrossSlot ZUNIONSTORE']
assert bound.find { command(it) == 'SUNION' }.message.startsWith('SUNION (via SpringFamilies.bound → ' +
        'BoundSetOperations.union) keys "fam:a" (slot 13532) and "fam:b" (slot 1215) span different slots')
// the same calls with keys sharing {f}: nothing; MULTI is refused whatever the keys, the pipeline works on Lettuce
def rest = findings - templates - bound - connection
assert rest.collect { "${it.severity} ${it.file}:${it.line} ${it.rule}" } ==
        ["ERROR ${families}:84 UnsupportedOnCluster"]*.toString()
assert findings.size() == 44
