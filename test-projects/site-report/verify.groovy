def log = new File(basedir, 'build.log').text
// Maven 3.8 names the plugin in full, 3.9 by its prefix
assert log =~ /--- (maven-site-plugin|site):3\.21\.0:site /
assert !log.contains('LinkageError') && !log.contains('NoClassDefFoundError')

def page = new File(basedir, 'target/site/slotlint.html').getText('UTF-8')
// What the standalone report shows, inside the site's page: each finding with file, line, code, keys and fix.
assert page.contains('<span class="badge ERROR">ERROR</span> CrossSlot &middot; src/main/java/com/example/reports/Catalog.java:28:15</h3>')
assert page.contains('<span class="hit"><i>28</i>        redis.mset(&quot;price:a&quot;, &quot;1&quot;, &quot;price:b&quot;, &quot;2&quot;);</span>')
assert page.contains('<li><code>&quot;price:a&quot; (slot 8017)</code></li>')
assert page.contains('<li><code>&quot;price:&quot; + ‹sku› (no hash tag)</code></li>')
assert page.contains('<p><b>Fix:</b> Give the keys a shared hash tag')
assert page.contains('<section id="keys">\n<h2>Key inventory</h2>')
assert page.contains('<section id="rules">')
// Keys from the code are escaped, here as on the standalone page.
assert !page.contains('<script>alert(1)</script>')
assert page.contains('&lt;script&gt;alert(1)&lt;/script&gt;')

def reports = new File(basedir, 'target/site/project-reports.html')
assert reports.isFile()
assert reports.getText('UTF-8').contains('href="slotlint.html"')
assert new File(basedir, 'target/slotlint/slotlint.html').isFile()
assert new File(basedir, 'target/slotlint/slotlint.sarif').isFile()
