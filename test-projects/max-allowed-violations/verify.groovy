def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 2

[0, 1].each { i ->
    assert runs[i].readLines().findAll { it ==~ /^\[ERROR\] \/.*Stats\.java:\[\d+,\d+\] \[CrossSlot\] .*/ }.unique().size() == 3
    assert runs[i].contains('slotlint: 1 file, 3 findings (3 errors); client versions: Jedis 5.2.0')
}

assert runs[0].contains('[INFO] slotlint: 3 violations of severity ERROR or worse, within maxAllowedViolations (3)')
assert runs[0].contains('BUILD SUCCESS')

assert runs[1].contains('slotlint: 3 violations (findings of severity ERROR or worse), more than maxAllowedViolations (2):')
assert runs[1].contains('BUILD FAILURE')
