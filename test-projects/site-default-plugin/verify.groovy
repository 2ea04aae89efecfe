def log = new File(basedir, 'build.log').text

// The site plugin the running Maven brings by default.
// (Maven 3.8 names the plugin in full, 3.9 by its prefix)
def sitePlugin = (log =~ /--- (?:maven-site-plugin|site):([\d.]+):site /)[0][1]
assert sitePlugin == (mavenVersion.startsWith('3.8.') ? '3.3' : '3.12.1')
assert log.contains('BUILD SUCCESS')
assert !log.contains('LinkageError') && !log.contains('NoClassDefFoundError')

def page = new File(basedir, 'target/site/slotlint.html').getText('UTF-8')
// Each finding with its file and line, the code around it, the keys with their slots, and the fix.
assert page.contains('<span class="badge ERROR">ERROR</span> CrossSlot &middot; src/main/java/com/example/shop/Cart.java:15:15</h3>')
assert page.contains('<span class="hit"><i>15</i>        redis.mset(&quot;user:101&quot;, &quot;Ada&quot;, &quot;user:102&quot;, &quot;Grace&quot;);</span>')
assert page.contains('<li><code>&quot;user:101&quot; (slot 13437)</code></li>')
assert page.contains('<li><code>&quot;user:102&quot; (slot 1054)</code></li>')
assert page.contains('<p><b>Fix:</b> Give the keys a shared hash tag')
// The key inventory, with the families that share a slot.
assert page.contains('<tr><td><code>{user:101}:email</code></td><td>user:101</td><td>13437</td><td>MSET</td>')
assert page.contains('<li>slot 13437: <code>user:101</code> <code>{user:101}:email</code> <code>{user:101}:name</code> </li>')
// In the site's own page, its style confined to the report.
assert page.contains('<div class="slotlint">')
assert page.contains('.slotlint pre.source span.hit{background:#fff1b8}')

def reports = new File(basedir, 'target/site/project-reports.html').getText('UTF-8')
assert reports.contains('href="slotlint.html"')
