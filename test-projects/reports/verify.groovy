import groovy.json.JsonSlurper

def findings = evaluate(new File(testProjects, 'findings.groovy'))(basedir)
def log = new File(basedir, 'build.log').text

assert findings.collect { "${it.severity} ${it.line} ${it.rule}" } == [
        'WARNING 27 CrossSlot',
        'ERROR 28 CrossSlot',
]
assert log.contains('slotlint: 1 file, 2 findings (1 error, 1 warning), 2 suppressed, 1 in the baseline')
// The committed baseline is of the first format: still applied, with a word on rewriting it.
def baseline = new File(basedir, 'slotlint-baseline.xml').canonicalPath
assert log.contains("[WARNING] slotlint: baseline ${baseline} is in the first format, which a client upgrade or a reworded message can break; mvn slotlint:baseline rewrites it")

def html = new File(basedir, 'target/slotlint/slotlint.html')
assert html.isFile()
def page = html.getText('UTF-8')
assert page.startsWith('<!DOCTYPE html>')
assert page.contains('<section id="summary">') && page.contains('<section id="findings">') && page.contains('<section id="keys">')
assert !page.contains('<script>') : 'a key from the code reached the page unescaped'
assert page.contains('&lt;script&gt;alert(1)&lt;/script&gt;')
assert page.contains('<b class="">1</b> in the baseline')

def sarif = new JsonSlurper().parse(new File(basedir, 'target/slotlint/slotlint.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'slotlint'
assert run.tool.driver.version == '@project.version@' || run.tool.driver.version ==~ /\d+\.\d+\.\d+.*/
assert run.tool.driver.rules*.id.containsAll(['CrossSlot', 'ClusterFanOut', 'StandaloneClientOnCluster'])
assert run.tool.driver.informationUri == 'https://slotlint.dev/'
def crossSlot = run.tool.driver.rules.find { it.id == 'CrossSlot' }
assert crossSlot.name == 'Cross slot'
assert crossSlot.helpUri == 'https://slotlint.dev/rules/CrossSlot'
assert crossSlot.help.markdown.startsWith('**Multi-key command whose keys hash to different cluster slots**')
assert run.results*.partialFingerprints*.get('slotlintIdentity/v2').unique().size() == 2
assert run.results.size() == 2
assert run.results[1].ruleId == 'CrossSlot'
assert run.results[1].level == 'error'
assert run.results[1].locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/com/example/reports/Catalog.java'
assert run.results[1].locations[0].physicalLocation.region.startLine == 28
