// Makes what git cannot hold or a checkout would not keep: special files, names with control characters, a byte
// order mark, a file larger than the limit the invoker.properties set.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths

Path src = basedir.toPath().resolve('src/main/java/com/example/stress')
def cluster = { String name, String body ->
    "package com.example.stress;\n\nimport redis.clients.jedis.JedisCluster;\n\nclass ${name} {\n" +
            "    void run(JedisCluster cluster) {\n${body}\n    }\n}\n"
}
Files.writeString(src.resolve('Evil\n[ERROR] forged.java'),
        cluster('Evil', '        cluster.mset("evil:1", "a", "evil:2", "b");'))
Files.writeString(src.resolve('Esc\u001b[2J.java'),
        cluster('Esc', '        cluster.mset("esc:1", "a", "esc:2", "b");'))
Files.write(src.resolve('Bom.java'), ('\uFEFFpackage com.example.stress; import redis.clients.jedis.JedisCluster;' +
        ' class Bom { void run(JedisCluster c) { c.mset("bom:1", "a", "bom:2", "b"); } }\n').getBytes('UTF-8'))
Files.writeString(src.resolve('Big.java'), cluster('Big', '        cluster.mset("big:1", "a", "big:2", "b");') +
        '//' + 'x' * 300_000 + '\n')
Files.createSymbolicLink(src.resolve('Dangling.java'), src.resolve('Missing.java'))
Files.createSymbolicLink(src.resolve('Device.java'), Paths.get('/dev/null'))
assert new ProcessBuilder('mkfifo', src.resolve('Fifo.java').toString()).start().waitFor() == 0
StringBuilder append = new StringBuilder('        String key = new StringBuilder("{user}:")')
20_000.times { append.append('.append("').append(it % 10).append('")') }
Files.writeString(src.resolve('Append.java'), cluster('Append',
        append.toString() + '.toString();\n        cluster.mset(key, "a", "order:1", "b");'))
def ternaries = { int n -> (0..<n - 1).collect { "i == ${it} ? \"{user}:${it}\" : " }.join('') + "\"{user}:${n - 1}\"" }
Files.writeString(src.resolve('Ternaries.java'), cluster('Ternaries',
        "        int i = cluster.hashCode();\n        String many = ${ternaries(3_200)};\n" +
                '        cluster.mset(many, "a", "order:1", "b");'))
Files.writeString(src.resolve('Parens.java'), cluster('Parens',
        '        cluster.mset(' + '(' * 100_000 + '"a"' + ')' * 100_000 + ', "1", "b", "2");'))
return true
