def log = new File(basedir, 'build.log').text

// the aggregate runs once, at the root, as the root POM binds it; the modules do not run slotlint
// the execution header names the plugin by its artifact (Maven 3.8) or its prefix (Maven 3.9)
assert log.findAll(/(?:slotlint-maven-plugin|slotlint):[^:]+:aggregate \(default\) @ aggregate-bound/).size() == 1
assert !log.contains(':check ')
// redis-common names the cluster itself (application-redis.yml), so on its own it would judge its HealthProbe;
// orders uses it, and judges it instead: once in the build
def probe = log.readLines().findAll { it.contains('HealthProbe.java:[9,28] [StandaloneClientOnCluster]') }
assert probe.size() == 1 : probe
assert probe[0].endsWith('(judged for orders, which uses redis-common)')
assert log.contains('[INFO] slotlint [aggregate-bound]: 3 modules, 2 files, 1 finding (1 error); client versions: Jedis 5.2.0')
assert log.contains('BUILD SUCCESS')
