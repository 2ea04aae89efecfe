def log = new File(basedir, 'build.log').text
def baseline = new File(basedir, 'slotlint-baseline.xml')
assert baseline.isFile()
def xml = new groovy.xml.XmlSlurper().parse(baseline)
assert xml.name() == 'slotlint-baseline'
assert xml.finding.size() == 3
assert xml.finding*.@rule*.text() == ['CrossSlot', 'CrossSlot', 'CrossSlot']
assert xml.finding[0].key*.text() == ['"legacy:a" (slot 8232)', '"legacy:b" (slot 4171)']
assert log.contains('accepts 3 findings')
