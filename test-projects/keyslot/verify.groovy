def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] slotlint: {user:101}:name -> slot 13437 (hash tag {user:101})')
assert log.contains('slotlint:check')
assert log.contains('slotlint:keyslot')
assert log.contains('slotlint:baseline')
assert log.contains('slotlint:report')
