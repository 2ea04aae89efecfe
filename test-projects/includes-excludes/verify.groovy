def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 2

def findings = { String run ->
    run.readLines().findAll { it ==~ /^\[(ERROR|WARNING)\] \/.*:\[\d+,\d+\] \[\w+\] .*/ }
            .collect { (it =~ /\/src\/main\/(\S+):\[(\d+),\d+\] \[(\w+)\]/)[0] }
            .collect { "${it[1]}:${it[2]} ${it[3]}" }
}

// Only the application's own file is read: not generated code, not vendored code, not the exclude root, not the
// file outside the includes, not the sample configuration.
assert findings(runs[0]) == ['java/com/example/app/Checkout.java:9 CrossSlot']
assert runs[0].contains('slotlint: 1 file, 1 finding (1 error); client versions: Jedis 5.2.0')
assert runs[0].contains('slotlint: topology cluster (application.yml:5 (spring.data.redis.cluster.nodes))')
['RedisStubs', 'LegacyCache', 'Sdk', 'Migrate', 'application-sample'].each { assert !runs[0].contains(it) }

def missing = new File(basedir, 'no-such-excludes.txt').canonicalPath
assert runs[1].contains("[WARNING] slotlint: excludesFile ${missing} does not exist, so it excludes nothing")
assert findings(runs[1]) == ['java/com/example/app/Checkout.java:9 CrossSlot',
                             'java/com/example/vendor/LegacyCache.java:9 CrossSlot']
assert runs[1].contains('slotlint: 2 files, 2 findings (2 errors)')
