import groovy.json.JsonSlurper

def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 5

def base = basedir.toPath().toRealPath()
// the compiler-style finding lines of one run, before a failure message repeats them
def findings = { String run ->
    def lines = run.readLines()
    int failure = lines.findIndexOf { it.contains('Failed to execute goal') }
    (failure < 0 ? lines : lines.subList(0, failure))
            .collect { it =~ /^\[(ERROR|WARNING|INFO)\] (\/.+?):\[(\d+),(\d+)\] \[(\w+)\] (.*)$/ }
            .findAll { it.matches() && it.group(5) != 'slotlint' }
            .collect { m -> "${m.group(1)} ${base.relativize(new File(m.group(2)).toPath().toRealPath())}:${m.group(3)}:${m.group(4)} ${m.group(5)} ${m.group(6)}".toString() }
            .sort()
}

def moved = 'every command on a key whose slot another node owns fails with "MOVED <slot> <host:port>"; use JedisCluster' +
        ' (or RedisClusterClient on Jedis 7+) with the cluster\'s seed nodes (redis-1:7000, redis-2:7001, redis-3:7002)'
def expected = [
        // the library's own call: its module reports it, the modules using it do not
        'ERROR redis-common/src/main/java/com/example/redis/RedisService.java:21:17 CrossSlot DEL keys "cache:a" (slot 15485)' +
                ' and "cache:b" (slot 3102) hash to different slots: JedisCluster 5.2.0 throws "Keys must belong to same' +
                ' hashslot."; give them a shared hash tag such as "{cache}:a"',
        // the client the library makes, judged by the one module that runs it on a cluster, at the library's line
        'ERROR redis-common/src/main/java/com/example/redis/HealthProbe.java:9:28 StandaloneClientOnCluster new Jedis("redis-1",' +
                ' 7000) makes a standalone Jedis client, aimed at redis-1:7000, a node of the Redis Cluster that' +
                ' application.yml:5 (spring.data.redis.cluster.nodes) names: ' + moved +
                ' (judged for orders, which uses redis-common)',
        // through redis-common's wrapper, with redis-common's constants: found where orders calls it
        'ERROR orders/src/main/java/com/example/orders/OrderService.java:17:22 CrossSlot MGET (via RedisService.getAll →' +
                ' JedisCluster.mget) keys "orders:today" (slot 4508) and "orders:week" (slot 10804) hash to different' +
                ' slots: JedisCluster 5.2.0 throws "Keys must belong to same hashslot."; give them a shared hash tag' +
                ' such as "{orders}:today"',
        'ERROR orders/src/main/java/com/example/orders/OrdersCache.java:8:28 StandaloneClientOnCluster new Jedis("redis-2",' +
                ' 7001) makes a standalone Jedis client, aimed at redis-2:7001, a node of the Redis Cluster that' +
                ' application.yml:5 (spring.data.redis.cluster.nodes) names: ' + moved,
].sort()

def summaries = [
        '[INFO] slotlint [multi-module]: 0 files, 0 findings',
        '[INFO] slotlint [redis-common]: 3 files, 1 finding (1 error); client versions: Jedis 5.2.0',
        '[INFO] slotlint [orders]: 2 files, 3 findings (3 errors); client versions: Jedis 5.2.0',
        '[INFO] slotlint [reports]: 1 file, 0 findings; client versions: Jedis 5.2.0',
        '[INFO] slotlint [orders]: topology cluster (application.yml:5 (spring.data.redis.cluster.nodes))',
        '[INFO] slotlint [reports]: topology standalone (application.yml:4 (spring.data.redis.host))',
]

// 1: slotlint:check on a clean checkout, nothing compiled or installed: the client version comes from redis-common's
// dependency, collected without resolving the reactor's jars
def clean = runs[0]
assert findings(clean) == expected
summaries.each { assert clean.contains(it) }
assert clean.contains('BUILD SUCCESS')

// 2: report and baseline on the clean checkout too (written beside the modules' target directories, which run 4
// cleans)
def accepting = runs[1]
assert accepting.contains("[INFO] slotlint [orders]: baseline ${new File(basedir, 'orders/kept/baseline.xml')} accepts 3 findings")
assert accepting.contains("[INFO] slotlint [redis-common]: baseline ${new File(basedir, 'redis-common/kept/baseline.xml')} accepts 1 finding")
assert accepting.contains("[INFO] slotlint [orders]: report page ${new File(basedir, 'orders/target/site/slotlint.html')}")
def ordersSarif = new JsonSlurper().parse(new File(basedir, 'orders/kept/slotlint.sarif'))
assert ordersSarif.runs[0].results*.message*.text.findAll { it.endsWith('(judged for orders, which uses redis-common)') }.size() == 1
assert new File(basedir, 'orders/kept/baseline.xml').text.contains('../redis-common/src/main/java/com/example/redis/HealthProbe.java')
assert accepting.contains('BUILD SUCCESS')

// 3: the full build, four modules at once: every summary line names its module, and the findings are the same
def parallel = runs[2]
// Maven 3.8 names a plugin by its artifact in the execution header, Maven 3.9 by its prefix
def compiled = { String run -> run.contains('maven-compiler-plugin:') || run.contains('--- compiler:') }
assert compiled(parallel)
assert findings(parallel) == expected
summaries.each { assert parallel.contains(it) }
assert !(parallel =~ /\[INFO\] slotlint: \d/) : 'a summary line without its module'
assert parallel.contains('BUILD SUCCESS')

// 4: cleaned, the aggregate at the root: the same findings, once each, one SARIF with paths relative to the root
def aggregate = runs[3]
assert findings(aggregate) == expected
assert aggregate.contains('[INFO] slotlint [multi-module]: 4 modules, 6 files, 4 findings (4 errors); client versions: Jedis 5.2.0')
assert aggregate.contains('[ERROR] Failed to execute goal dev.slotlint:slotlint-maven-plugin:0.1.0-SNAPSHOT:aggregate' +
        ' (default-cli) on project multi-module: slotlint: 4 violations (findings of severity ERROR or worse):')
assert aggregate.contains('BUILD FAILURE')
assert aggregate.findAll(/slotlint \[[\w-]+\]: SARIF report/).size() == 1 : 'the aggregate writes one SARIF'
assert new File(basedir, 'target/slotlint/slotlint.html').text.contains('per module: orders: cluster' +
        ' (application.yml:5 (spring.data.redis.cluster.nodes)); reports: standalone (application.yml:4' +
        ' (spring.data.redis.host))')

[0, 1, 3].each { assert !compiled(runs[it]) : "run ${it + 1} compiled something" }

def sarif = new JsonSlurper().parse(new File(basedir, 'target/slotlint/slotlint.sarif'))
def run = sarif.runs[0]
assert run.originalUriBaseIds.'%SRCROOT%'.uri == base.toUri().toString()
def located = run.results.collect { r ->
    def physical = r.locations[0].physicalLocation
    "${r.ruleId} ${physical.artifactLocation.uriBaseId} ${physical.artifactLocation.uri}:${physical.region.startLine}".toString()
}
assert located == [
        'CrossSlot %SRCROOT% orders/src/main/java/com/example/orders/OrderService.java:17',
        'StandaloneClientOnCluster %SRCROOT% orders/src/main/java/com/example/orders/OrdersCache.java:8',
        'StandaloneClientOnCluster %SRCROOT% redis-common/src/main/java/com/example/redis/HealthProbe.java:9',
        'CrossSlot %SRCROOT% redis-common/src/main/java/com/example/redis/RedisService.java:21',
]
def fingerprints = run.results*.partialFingerprints*.'slotlintIdentity/v2'
assert fingerprints.every { it ==~ /[0-9a-f]{32}/ }
assert fingerprints.unique(false).size() == 4

// 5: the aggregate site page at the root: one page, every module's findings in it, at paths relative to the root
def page = runs[4]
assert page.findAll(/slotlint \[[\w-]+\]: report page /).size() == 1 : 'the aggregate report writes one page'
def html = new File(basedir, 'target/site/slotlint.html').text
['redis-common/src/main/java/com/example/redis/RedisService.java', 'redis-common/src/main/java/com/example/redis/HealthProbe.java',
 'orders/src/main/java/com/example/orders/'].each { assert html.contains(it) : "the page names ${it}" }
assert html.findAll('<article class="ERROR"').size() == 4
