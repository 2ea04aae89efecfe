def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 4

def probe = ~/(?m)^\[ERROR\] \/.*\/redis-common\/src\/main\/java\/com\/example\/redis\/HealthProbe\.java:\[9,28\] \[StandaloneClientOnCluster\] new Jedis\("redis-1", 7000\) makes a standalone Jedis client, aimed at redis-1:7000, a node of the Redis Cluster that application\.yml:5 \(spring\.data\.redis\.cluster\.nodes\) names: .* \(judged for (orders|billing), which uses redis-common\)$/
def reportedFor = { String run, String module, String claimant ->
    run.contains("[INFO] slotlint [" + module + "]: StandaloneClientOnCluster at HealthProbe.java:9 in redis-common" +
            " is reported for " + claimant + ", which uses it too")
}

runs.take(2).each { run ->
    // once in the build, however the modules are scheduled
    def found = (run =~ probe).collect { it[1] }
    assert found.size() == 1 : found
    def other = found[0] == 'orders' ? 'billing' : 'orders'
    assert reportedFor(run, other, found[0])
    assert !reportedFor(run, found[0], other)
    assert run.contains('[INFO] slotlint [redis-common]: 1 file, 0 findings; client versions: Jedis 5.2.0')
    assert run.contains("[INFO] slotlint [${found[0]}]: 1 file, 1 finding (1 error); client versions: Jedis 5.2.0")
    assert run.contains("[INFO] slotlint [${other}]: 1 file, 0 findings; client versions: Jedis 5.2.0")
    assert run.contains('BUILD SUCCESS')
}

// one module after the other, the first service in build order reports it
assert (runs[0] =~ probe).collect { it[1] } == ['orders']

// billing built alone: no other module of the build runs, so billing reports the client of the library it reads
def alone = runs[3]
assert (alone =~ probe).collect { it[1] } == ['billing']
assert alone.contains('[INFO] slotlint: topology cluster (application.yml:5 (spring.data.redis.cluster.nodes))')
assert alone.contains('[INFO] slotlint: 1 file, 1 finding (1 error); client versions: Jedis 5.2.0')
assert alone.contains('BUILD SUCCESS')
