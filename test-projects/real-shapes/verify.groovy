def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
def jobs = 'src/main/java/com/example/jobs/'

// A project planning its move to a cluster (clusterReady): every shape below is found at its line, and the
// hash-tagged variants beside them (expireTagged, takeTagged, the tagged drain key) stay silent.
assert findings.collect { "${it.severity} ${it.file}:${it.line} ${it.rule}" }.sort() == [
        "ERROR ${jobs}JobClient.java:10 StandaloneClientOnCluster",
        "WARNING ${jobs}JobClient.java:14 CrossSlot",
        "ERROR ${jobs}JobClient.java:18 UnsupportedOnCluster",
        "WARNING ${jobs}JobClient.java:23 CrossSlot",
        "ERROR ${jobs}JobClient.java:27 UndeclaredScriptKey",
        "WARNING ${jobs}Limits.java:25 CrossSlot",
        "ERROR ${jobs}Limits.java:34 UnsupportedOnCluster",
        "ERROR ${jobs}Redis.java:8 StandaloneClientOnCluster",
        "WARNING ${jobs}Sessions.java:16 CrossSlot",
        "WARNING ${jobs}Sessions.java:24 CrossSlot",
]*.toString().sort()
def at = { file, line -> findings.find { it.file == "${jobs}${file}".toString() && it.line == line }.message }

// a namespace the class starts with, reached through another class's static client
assert at('Sessions.java', 16).startsWith('RENAME keys "app:session:sessions:" + ‹oldId› (no hash tag) and "app:session:sessions:" + ‹newId› (no hash tag) share no hash tag')
assert at('Sessions.java', 16).endsWith('(assuming Sessions#namespace keeps its initial value "app:session:")')
// keys gathered by double-brace initialisation, handed over by toArray(new String[0])
assert at('Sessions.java', 24).startsWith('DEL keys "app:session:sessions:" + ‹id› (no hash tag) and "app:session:expirations:" + ‹id› (no hash tag)')
// a transaction in a static helper, judged at the caller with the caller's namespace
assert at('JobClient.java', 14).startsWith('MULTI on Jedis 5.2.0 (via Queues.schedule) queues ZADD, HSET before EXEC; their keys "jobs:queue:" + ‹queue› (no hash tag) and "jobs:queue:" + ‹queue› + ":every" (no hash tag)')
assert at('JobClient.java', 18).startsWith('Jedis 5.2.0 runs KEYS on the one node it is connected to: on a cluster it sees only the keys of that node\'s slots')
// a script loaded, then run by the SHA scriptLoad returned
assert at('JobClient.java', 23).startsWith('EVALSHA keys "jobs:queue:" + ‹queue› (no hash tag) and "jobs:inflight:" + ‹worker› (no hash tag)')
assert at('JobClient.java', 27).startsWith('EVAL script touches key k (script line 1: for _, k in ipairs(redis.call(\'SMEMBERS\', KEYS[1])) do redis.call(\'DEL\', k) end) that it takes from data')
assert at('Limits.java', 25).startsWith('EVAL (via StringRedisTemplate.execute) keys "limit:" + ‹user› + ":tokens" (no hash tag) and "limit:" + ‹user› + ":stamp" (no hash tag)')
assert at('Limits.java', 34).startsWith('Spring Data Redis 3.3.13 on Jedis does not support openPipeline() on a cluster')
assert log.contains('slotlint: topology cluster (plugin parameter clusterReady=true)')
