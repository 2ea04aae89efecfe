def lines = new File(basedir, 'build.log').readLines().collect { it.replaceAll(/\u001B\[[0-9;]*m/, '') }

// -q shows errors only: neither the summary nor the warning lines of the findings are in the log...
assert !lines.any { it.startsWith('[INFO]') }
assert !lines.any { it.startsWith('[WARNING] /') }

// ...so the failure message lists the violations: the first 20, compiler-shaped, then how many more.
int start = lines.findIndexOf { it.contains('slotlint: 23 violations (findings of severity WARNING or worse):') }
assert start >= 0
def listed = lines.subList(start + 1, start + 21)
listed.eachWithIndex { line, i ->
    assert line ==~ /^\[ERROR\] \/.*\/src\/main\/java\/com\/example\/feed\/Feed\.java:\[${i + 9},\d+\] \[CrossSlot\] MGET keys "feed${i + 1}:.*/
}
assert lines[start + 21] == '[ERROR] and 3 more'
assert lines[start + 22].startsWith('[ERROR] Every finding, with its code and fix: ')
assert lines[start + 22].endsWith('/target/slotlint/slotlint.html')
