// Two runs of slotlint:check: the default mode, then clusterReady=true; each run's lines follow its execution header.
def log = new File(basedir, 'build.log').text
def readyAt = log.indexOf('(cluster-ready) @ mode-switching')
assert readyAt > 0
def lines = log.readLines()
def readyLine = lines.findIndexOf { it.contains('(cluster-ready) @ mode-switching') }
def pattern = ~/^\[(ERROR|WARNING)\] \/.+?:\[(\d+),\d+\] \[(\w+)\] .*/
def before = lines.subList(0, readyLine).findAll { it ==~ pattern && !it.contains('[slotlint]') }
// a failing build's message lists the violations again: the findings are the lines before it
def failure = lines.findIndexOf(readyLine) { it.contains('Failed to execute goal') }
def after = lines.subList(readyLine, failure < 0 ? lines.size() : failure).findAll { it ==~ pattern && !it.contains('[slotlint]') }
def shape = { line -> def m = pattern.matcher(line); m.matches(); "${m.group(1)} ${line.replaceAll(/.*\/com\/example\/modes\//, '').replaceAll(/:\[(\d+),\d+\].*\[(\w+)\].*/, ':$1 $2')}" }

// Default mode: the project switches by a setting; only the cluster branch's cross-slot DEL is a finding.
assert log.contains('slotlint: topology switchable (JedisFactory.java:21, by clusterMode)')
assert before.collect(shape) == ['ERROR JedisFactory.java:30 CrossSlot']
assert before[0].contains('DEL keys "counter:orders" (slot 4768) and "counter:users" (slot 4211) hash to different slots: JedisCluster 5.2.0 throws "Keys must belong to same hashslot."')

// clusterReady: the standalone branches stay silent (each is one mode's choice); the health check's client, made
// whatever the mode, is reported; so is the standalone branch's multi-key call, as it would run on a cluster.
assert after.collect(shape) == [
        'ERROR HealthCheck.java:9 StandaloneClientOnCluster',
        'ERROR JedisFactory.java:30 CrossSlot',
        'ERROR JedisFactory.java:33 CrossSlot',
]
assert after[0].contains('new Jedis("localhost", 6379) makes a standalone Jedis client, but the project targets a Redis Cluster (plugin parameter clusterReady=true)')
assert !log.contains('RedisStandaloneConfiguration("localhost", 6379) makes')
