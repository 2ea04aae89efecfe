// The build.log holds the five builds one after the other.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 5
def findings = { String run ->
    run.readLines().findAll { it ==~ /^\[(ERROR|WARNING)\] \/.*\.java:\[\d+,\d+\] \[\w+\] .*/ }
            .collect { it.replace(basedir.canonicalPath + '/', '') }
}
def cacheLines = { String run -> run.readLines().findAll { it.contains('from the analysis cache') } }

// 1: every file analysed, the cache written.
assert cacheLines(runs[0]) == ['[INFO] slotlint: 0 of 2 files from the analysis cache (no analysis cache yet)']
assert findings(runs[0]).collect { it.replaceFirst(/ \[CrossSlot\] .*/, '') } == [
        '[ERROR] src/main/java/com/example/shop/Profiles.java:[16,15]',
        '[ERROR] src/main/java/com/example/shop/Profiles.java:[21,15]',
]
assert new File(basedir, 'target/slotlint/cache/analysis-cache.json').isFile()

// 2: nothing changed: the result read back, the same findings, word for word.
assert cacheLines(runs[1]) == ['[INFO] slotlint: 2 of 2 files from the analysis cache']
assert findings(runs[1]) == findings(runs[0])

// 3: Keys.java now tags both keys alike, so the MSET in Profiles.java is fine; only the DEL is left.
assert cacheLines(runs[2]) == ['[INFO] slotlint: 0 of 2 files from the analysis cache (1 file changed, added or removed)']
assert findings(runs[2]) == [findings(runs[0])[1]]

// 4: without the cache, the same findings, and no word of a cache.
assert cacheLines(runs[3]) == []
assert findings(runs[3]) == findings(runs[2])

// 5: a cache file cut short is named in a warning, and every file is analysed again.
def cache = new File(basedir, 'target/slotlint/cache/analysis-cache.json').canonicalPath
assert runs[4].contains("[WARNING] slotlint: the analysis cache ${cache} is not valid JSON at line 1, column 49;" +
        ' analysing every file')
assert cacheLines(runs[4]) == ['[INFO] slotlint: 0 of 2 files from the analysis cache (the analysis cache could not be used)']
assert findings(runs[4]) == findings(runs[2])
assert runs.every { it.contains('BUILD SUCCESS') }
