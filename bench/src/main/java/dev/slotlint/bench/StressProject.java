package dev.slotlint.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A project made of the largest hostile inputs at once: files too large to read, values too large to build,
 * nesting too deep to parse, names and keys that could forge a log line, configuration that expands without end,
 * and beside them healthy code whose findings must all still be reported. Written by {@link #write}; {@link Stress}
 * analyses it.
 */
public final class StressProject {

    private StressProject() {
    }

    /** The package every generated class is in, under {@code src/main/java}. */
    static final String PACKAGE = "stress";

    /** A class calling a cluster client; {@code body} goes into {@code run(JedisCluster cluster)}. */
    private static String javaClass(String name, String body) {
        return "package " + PACKAGE + ";\n\nimport redis.clients.jedis.JedisCluster;\n\nclass " + name + " {\n"
                + "    void run(JedisCluster cluster, int i) {\n" + body + "\n    }\n}\n";
    }

    /** Writes the project under {@code dir}; returns the special files it could not make on this system. */
    public static List<String> write(Path dir) throws IOException {
        List<String> skipped = new ArrayList<>();
        Path java = Files.createDirectories(dir.resolve("src/main/java/" + PACKAGE));
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));

        // healthy code, and the first round's large but valid inputs
        write(java.resolve("Good.java"), javaClass("Good", "        cluster.mset(\"order:1\", \"a\", \"stock:1\", \"b\");"));
        write(java.resolve("Huge.java"), fiveMegabyteFile());
        StringBuilder concat = new StringBuilder("\"user:\"");
        for (int i = 1; i < 10_000; i++) {
            concat.append(" + \"").append(i % 10).append('"');
        }
        write(java.resolve("Concat.java"), javaClass("Concat", "        String key = " + concat
                + ";\n        cluster.mset(key, \"a\", \"stock:1\", \"b\");"));

        // values too large to build
        write(java.resolve("Formats.java"), javaClass("Formats", String.join("\n",
                "        cluster.mset(String.format(\"%99999999999$s\", \"x\"), \"a\", \"b\", \"c\");",
                "        cluster.mset(String.format(\"%2147483647s\", \"x\"), \"a\", \"b\", \"c\");",
                "        cluster.mset(String.format(\"%.999999999f\", 1.0), \"a\", \"b\", \"c\");",
                "        cluster.mset(\"ab\".repeat(2147483647), \"a\", \"b\", \"c\");",
                "        cluster.mset(\"k\".repeat(400_000_000), \"a\", \"b\", \"c\");",
                "        cluster.mset(\"user:1\", \"a\", \"user:2\", \"b\");")));
        write(java.resolve("Surrogate.java"), javaClass("Surrogate",
                "        cluster.mset(\"\\uD800:a\", \"1\", \"b\", \"2\");\n"
                        + "        cluster.mset(\"\\uFFFF:a\", \"1\", \"\\u001b[31m\", \"2\");"));

        // blow-ups in time
        // written densely: a parsed file takes about 130 times its size in heap, and the default limit for
        // -Xmx256m is 1.2 MB
        StringBuilder keys = new StringBuilder("        cluster.del(new String[] {");
        for (int i = 0; i < 100_000; i++) {
            keys.append(i % 12 == 0 ? "\n" : "").append("\"u:").append(i).append("\",");
        }
        write(java.resolve("Keys.java"), javaClass("Keys", keys.append("\n        });").toString()));
        StringBuilder append = new StringBuilder("        String key = new StringBuilder(\"{user}:\")");
        for (int i = 0; i < 20_000; i++) {
            append.append(".append(\"").append(i % 10).append("\")");
        }
        write(java.resolve("Append.java"), javaClass("Append", append
                + ".toString();\n        cluster.mset(key, \"a\", \"order:1\", \"b\");"));
        write(java.resolve("Ternaries.java"), javaClass("Ternaries",
                "        String many = " + ternaries(6_000) + ";\n"
                        + "        cluster.mset(many, \"a\", \"order:1\", \"b\");\n"
                        + "        String sixteens = " + ternaries(3_200) + ";\n"
                        + "        cluster.mset(sixteens, \"a\", \"order:1\", \"b\");"));

        // nesting too deep to parse the same way twice
        write(java.resolve("Parens.java"), javaClass("Parens", "        cluster.mset(" + "(".repeat(100_000)
                + "\"a\"" + ")".repeat(100_000) + ", \"1\", \"b\", \"2\");"));

        // what javac reads differently from the text: unicode escapes, a byte order mark, a lexical error
        write(java.resolve("Escapes.java"), javaClass("Escapes",
                "        // a comment \\u000a cluster.mset(\"hidden:1\", \"a\", \"hidden:2\", \"b\");\n"
                        + "        cluster.\\u006dset(\"escaped:1\", \"a\", \"escaped:2\", \"b\");"));
        Files.write(java.resolve("Bom.java"), ("\uFEFFpackage " + PACKAGE + "; import redis.clients.jedis.JedisCluster;"
                + " class Bom { void run(JedisCluster c) { c.mset(\"bom:1\", \"a\", \"bom:2\", \"b\"); } }\n")
                .getBytes(StandardCharsets.UTF_8));
        write(java.resolve("Lexical.java"), javaClass("Lexical", "        int x = 1 # 2;"));

        // a name that would print as a line of its own
        write(java.resolve("Evil\n[ERROR] forged.java"), javaClass("Evil",
                "        cluster.mset(\"evil:1\", \"a\", \"evil:2\", \"b\");"));

        // files too large to read
        try (RandomAccessFile sparse = new RandomAccessFile(java.resolve("Sparse.java").toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }
        try (Writer big = Files.newBufferedWriter(java.resolve("Big.java"))) {
            big.write("package " + PACKAGE + ";\nclass Big {\n");
            String line = "    static final String S%d = \"0123456789012345678901234567890123456789\";\n";
            for (int i = 0; i < 700_000; i++) {
                big.write(String.format(line, i));
            }
            big.write("}\n");
        }

        // files that must not be opened
        link(java.resolve("Dangling.java"), java.resolve("Missing.java"), skipped);
        link(java.resolve("Device.java"), Path.of("/dev/null"), skipped);
        fifo(java.resolve("Fifo.java"), skipped);
        if (Files.isReadable(Path.of("/proc/self/mem"))) {
            link(java.resolve("Unreadable.java"), Path.of("/proc/self/mem"), skipped);
        } else {
            skipped.add("Unreadable.java");
        }
        write(dir.resolve("src/file-root"), "not a directory\n");

        // configuration: cluster nodes through a merge key, escaped properties, a 10 MB redis.conf, an alias bomb,
        // a 20 MB file
        write(resources.resolve("bootstrap.yml"), """
                redis-defaults: &redis-defaults
                  cluster:
                    nodes: h1:7000,h2:7001,h3:7002
                spring:
                  data:
                    redis:
                      <<: *redis-defaults
                      timeout: 2s
                """);
        write(resources.resolve("application.properties"), "spring.data.redis.cluster\\u002enodes = h1\\:7000,"
                + "h2\\:7001,\\\n    h3\\:7002\n");
        StringBuilder bomb = new StringBuilder("a0: &a0 {x: 1, y: 1}\n");
        for (int i = 1; i <= 24; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" {x: *a").append(i - 1).append(", y: *a")
                    .append(i - 1).append("}\n");
        }
        bomb.append("spring:\n  data:\n    redis:\n      timeout: 2s\n      bomb: *a24\n");
        write(resources.resolve("application-bomb.yml"), bomb.toString());
        try (Writer conf = Files.newBufferedWriter(dir.resolve("redis.conf"))) {
            conf.write("port 7000\ncluster-enabled yes\n");
            for (int i = 0; i < 200_000; i++) {
                conf.write("# padding line " + i + " of a generated configuration\n");
            }
        }
        try (Writer yml = Files.newBufferedWriter(resources.resolve("application-big.yml"))) {
            yml.write("spring:\n  data:\n    redis:\n      host: standalone.example\n");
            for (int i = 0; i < 500_000; i++) {
                yml.write("padding" + i + ": \"0123456789012345678901234567890\"\n");
            }
        }
        return skipped;
    }

    /** {@code i == 0 ? "{user}:0" : i == 1 ? ... : "{user}:n-1"}: n alternatives, all in slot 5474. */
    private static String ternaries(int n) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < n - 1; j++) {
            text.append("i == ").append(j).append(" ? \"{user}:").append(j).append("\" : ");
        }
        return text.append("\"{user}:").append(n - 1).append('"').toString();
    }

    /** The first round's 5 MB generated class: switch tables, then one cross-slot call. */
    private static String fiveMegabyteFile() {
        StringBuilder text = new StringBuilder("package " + PACKAGE + ";\n\nimport redis.clients.jedis.JedisCluster;\n\n"
                + "class Huge {\n");
        int methods = 0;
        while (text.length() < 5_000_000) {
            text.append("    static int table").append(methods).append("(int i) {\n        switch (i) {\n");
            for (int c = 0; c < 40; c++) {
                text.append("            case ").append(c).append(": return ").append(c * 31 + methods).append(";\n");
            }
            text.append("            default: return -1;\n        }\n    }\n");
            methods++;
        }
        return text.append("    void run(JedisCluster cluster) {\n        cluster.mset(\"order:1\", \"a\", \"stock:1\", \"b\");\n"
                + "    }\n}\n").toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void link(Path link, Path target, List<String> skipped) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException e) {
            skipped.add(link.getFileName().toString());
        }
    }

    private static void fifo(Path file, List<String> skipped) {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
            if (mkfifo.waitFor() != 0) {
                skipped.add(file.getFileName().toString());
            }
        } catch (IOException e) {
            skipped.add(file.getFileName().toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            skipped.add(file.getFileName().toString());
        }
    }
}
