// The build.log holds the three invocations one after the other.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 3

// 1: the baseline, written on Jedis 5.2.0, knows each finding by place and command, not by line or message.
def file = new File(basedir, 'before/slotlint-baseline.xml')
assert runs[0].contains("slotlint: baseline ${file.canonicalPath} accepts 2 findings")
def xml = new groovy.xml.XmlSlurper().parse(file)
assert xml.@version == '2'
assert xml.finding.collect { "${it.@rule} ${it.@file} ${it.@in} ${it.@command}" } == [
        'CrossSlot src/main/java/com/example/orders/Orders.java com.example.orders.Orders#checkout MSET',
        'UnsupportedOnCluster src/main/java/com/example/orders/Orders.java com.example.orders.Orders#checkout multi',
]
assert xml.finding[0].key*.text() == ['"cart:101" (slot 474)', '"cart:102" (slot 12729)']
assert xml.finding[1].message.text().startsWith('JedisCluster 5.2.0 does not support multi()')

// 2: on Jedis 6.2.0, with every line moved, the accepted findings stay accepted; the new one fails the build.
def after = runs[1]
def findings = after.readLines().findAll { it ==~ /^\[(ERROR|WARNING)\] \/.*\.java:\[\d+,\d+\] .*/ }.unique()
assert findings.size() == 1
assert findings[0].contains('Orders.java:[30,15] [CrossSlot] DEL keys "cart:101" (slot 474) and "refund:101" (slot 9222)')
assert after.contains('slotlint: 1 file, 1 finding (1 error), 2 in the baseline; client versions: Jedis 6.2.0')
assert after.contains('slotlint: 1 violation (findings of severity ERROR or worse):')
assert after.contains('BUILD FAILURE')
assert !after.contains('multi()') : 'the accepted multi() came back after the upgrade'

// 3: a baseline named explicitly but missing is said, and accepts nothing.
def missing = new File(basedir, 'before/no-such-baseline.xml').canonicalPath
assert runs[2].contains("[WARNING] slotlint: baseline ${missing} does not exist, so it accepts no finding")
assert runs[2].contains('slotlint: 1 file, 2 findings (2 errors); client versions: Jedis 5.2.0')
