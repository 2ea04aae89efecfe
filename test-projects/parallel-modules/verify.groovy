def log = new File(basedir, 'build.log').text

// Lines of modules built at once interleave; each says which module it is about.
assert log.contains('[INFO] slotlint [orders]: 1 file, 1 finding (1 error); client versions: Jedis 5.2.0')
assert log.contains('[INFO] slotlint [billing]: 1 file, 1 finding (1 error); client versions: Jedis 5.2.0')
assert log.contains('[INFO] slotlint [parallel-modules]: 0 files, 0 findings; client versions: Jedis 5.2.0')
assert log.contains('[INFO] slotlint [orders]: topology ')
assert log.contains('[INFO] slotlint [billing]: HTML report ')
assert !(log =~ /\[INFO\] slotlint: \d+ files?,/) : 'a summary line without its module'
assert log.contains('BUILD SUCCESS')
