package dev.slotlint.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slotlint.AnalysisResult;
import dev.slotlint.rule.Finding;
import dev.slotlint.rule.Rule;
import dev.slotlint.rule.RuleInfo;
import dev.slotlint.rule.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, the format code-scanning services (GitHub, GitLab, Azure DevOps) read: the rules with their
 * descriptions and default levels, and one result per finding with a location relative to the project directory.
 */
public final class SarifReport {

    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String SOURCE_ROOT = "%SRCROOT%";
    /** Where slotlint is documented; each rule has its page under {@code rules/}. */
    static final String HOME = "https://slotlint.dev/";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(AnalysisResult result, Path base, List<Rule> rules, String version, Path file)
            throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, render(result, base, rules, version).getBytes(StandardCharsets.UTF_8));
    }

    public String render(AnalysisResult result, Path base, List<Rule> rules, String version) {
        ObjectNode log = json.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "slotlint");
        driver.put("semanticVersion", version);
        driver.put("version", version);
        driver.put("informationUri", HOME);
        ArrayNode ruleArray = driver.putArray("rules");
        for (Rule rule : rules) {
            RuleInfo info = rule.info();
            ObjectNode descriptor = ruleArray.addObject();
            descriptor.put("id", info.id());
            descriptor.put("name", humanName(info.id()));
            descriptor.putObject("shortDescription").put("text", info.summary());
            descriptor.putObject("fullDescription").put("text", info.explanation());
            String helpUri = HOME + "rules/" + info.id();
            descriptor.put("helpUri", helpUri);
            ObjectNode help = descriptor.putObject("help");
            help.put("text", info.summary() + ". " + info.explanation() + " Fix: " + info.fix());
            help.put("markdown", "**" + info.summary() + "**\n\n" + info.explanation() + "\n\n**Fix:** " + info.fix()
                    + "\n\n[" + info.id() + " in the slotlint documentation](" + helpUri + ")");
            descriptor.putObject("defaultConfiguration").put("level", level(info.severity()));
        }
        if (base != null) {
            String uri = base.toAbsolutePath().normalize().toUri().toString();
            run.putObject("originalUriBaseIds").putObject(SOURCE_ROOT).put("uri", uri.endsWith("/") ? uri : uri + "/");
        }
        ArrayNode results = run.putArray("results");
        Map<String, Integer> occurrences = new HashMap<>();
        for (Finding finding : result.findings()) {
            ObjectNode entry = results.addObject();
            entry.put("ruleId", finding.ruleId());
            int index = indexOf(rules, finding.ruleId());
            if (index >= 0) {
                entry.put("ruleIndex", index);
            }
            entry.put("level", level(finding.severity()));
            entry.putObject("message").put("text", finding.message());
            ObjectNode physical = entry.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            Path file = finding.location().file();
            String uri = HtmlReport.relative(base, file);
            boolean underBase = base != null && (!file.isAbsolute() || file.startsWith(base));
            artifact.put("uri", underBase || !file.isAbsolute() ? uriReference(uri) : file.toUri().toString());
            if (underBase) {
                artifact.put("uriBaseId", SOURCE_ROOT);
            }
            ObjectNode region = physical.putObject("region");
            region.put("startLine", finding.location().line());
            region.put("startColumn", finding.location().column());
            String identity = Baseline.identity(finding, base);
            int occurrence = occurrences.merge(identity, 1, Integer::sum);
            entry.putObject("partialFingerprints").put("slotlintIdentity/v2", fingerprint(identity + "\n" + occurrence));
        }
        try {
            return json.writeValueAsString(log) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The rule's name in words, for the tools that show it beside the id: {@code CrossSlot} is "Cross slot",
     * {@code ClusterAnnounceIp} "Cluster announce IP".
     */
    static String humanName(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("(?<=[a-z])(?=[A-Z])")) {
            String spelled = word.equals("Ip") ? "IP" : word;
            name.append(name.isEmpty() ? spelled : " " + (spelled.equals("IP") ? spelled : spelled.toLowerCase()));
        }
        return name.toString();
    }

    /**
     * A relative path as a URI reference (RFC 3986): every byte of its UTF-8 form other than unreserved characters
     * and the separators percent-encoded, so that spaces, '#', '%', line breaks or non-ASCII names stay one path.
     */
    static String uriReference(String path) {
        StringBuilder uri = new StringBuilder(path.length() + 16);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                uri.append((char) c);
            } else {
                uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return uri.toString();
    }

    private static int indexOf(List<Rule> rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).info().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String fingerprint(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
