def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 2

// 1: nothing to show, so no page (skipEmptyReport is true by default).
assert runs[0].contains('slotlint: nothing to report, so the site has no slotlint page (skipEmptyReport)')
assert !runs[0].contains('Generating "slotlint" report')

// 2: asked for, the page says there is nothing to fix.
assert !runs[1].contains('nothing to report')
assert runs[1].contains('Generating "slotlint" report')
def page = new File(basedir, 'target/site/slotlint.html').getText('UTF-8')
assert page.contains('<section id="findings">\n<h2>Findings</h2>\n<p>No findings.</p>')
assert page.contains('slotlint: 1 file, 0 findings')
