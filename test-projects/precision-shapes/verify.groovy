def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text
def cart = 'src/main/java/com/example/cart/'

// The same helpers called with one cart id are one slot wherever they are called; two cart ids are not; the
// retrying wrapper's caller is reported once, naming its first path.
assert findings.collect { "${it.severity} ${it.file}:${it.line} ${it.rule}" } == [
        "WARNING ${cart}CartService.java:14 CrossSlot",
        "WARNING ${cart}CartService.java:30 CrossSlot",
        "ERROR ${cart}Stock.java:16 CrossSlot",
]*.toString()
assert findings[1].message.startsWith('RENAME keys "{cart:" + ‹from.trim()› + "}:items" (hash tag "cart:" + ‹from.trim()›) and "{cart:" + ‹into.trim()› + "}:items"')
assert findings[2].message.startsWith('EVALSHA (via Scripts.run → JedisCluster.evalsha) keys "stock:a" (slot 7350) and "stock:b" (slot 11477) hash to different slots')
assert log.contains('slotlint: 4 files, 3 findings (1 error, 2 warnings); client versions: Jedis 5.2.0')
