package dev.slotlint.report;

import dev.slotlint.AnalysisResult;
import dev.slotlint.rule.Finding;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a team has accepted, so that later runs fail only on new ones. Findings are identified by rule, file
 * and the keys as evaluated (or, for findings without keys, the message with line numbers left out), never by line,
 * so that edits elsewhere in a file do not bring them back.
 */
public final class Baseline {

    /** The most keys a finding's entry lists; beyond, a digest stands for the rest. */
    static final int LISTED_KEYS = 20;

    /** Marks a finding whose texts are written with Java's escapes (see {@link #escape}). */
    private static final String ESCAPED = "escaped";

    /** Identities, each with how many findings it stands for. */
    private final Map<String, Integer> accepted;

    private Baseline(Map<String, Integer> accepted) {
        this.accepted = accepted;
    }

    public int size() {
        return accepted.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The result without the findings this baseline accepts, counting them as baselined. */
    public AnalysisResult apply(AnalysisResult result, Path base) {
        Map<String, Integer> left = new HashMap<>(accepted);
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : result.findings()) {
            String identity = identity(finding, base);
            Integer count = left.get(identity);
            if (count != null && count > 0) {
                left.put(identity, count - 1);
            } else {
                kept.add(finding);
            }
        }
        return result.withFindings(kept, result.findings().size() - kept.size());
    }

    static String identity(Finding finding, Path base) {
        String keys = finding.keys().isEmpty()
                ? finding.message().replaceAll(":\\d+", ":*")
                : String.join("\n", listed(finding.keys()));
        return finding.ruleId() + "\n" + HtmlReport.relative(base, finding.location().file()) + "\n" + keys;
    }

    /**
     * The keys a baseline lists for a finding: all of them, or for a call of many keys the first
     * {@link #LISTED_KEYS} and a digest of all, so that a call of 100,000 keys takes a few lines.
     */
    static List<String> listed(List<String> keys) {
        if (keys.size() <= LISTED_KEYS) {
            return keys;
        }
        List<String> listed = new ArrayList<>(keys.subList(0, LISTED_KEYS));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String key : keys) {
                sha.update(key.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            listed.add(String.format(java.util.Locale.ROOT, "%,d keys, SHA-256 %s", keys.size(),
                    HexFormat.of().formatHex(sha.digest())));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return listed;
    }

    public static Baseline read(Path file) throws IOException {
        Map<String, Integer> accepted = new HashMap<>();
        try {
            Document document = factory().newDocumentBuilder().parse(file.toFile());
            NodeList findings = document.getDocumentElement().getElementsByTagName("finding");
            for (int i = 0; i < findings.getLength(); i++) {
                Element finding = (Element) findings.item(i);
                boolean escaped = "true".equals(finding.getAttribute(ESCAPED));
                StringBuilder identity = new StringBuilder(finding.getAttribute("rule")).append('\n')
                        .append(text(finding.getAttribute("file"), escaped)).append('\n');
                NodeList keys = finding.getElementsByTagName("key");
                if (keys.getLength() == 0) {
                    NodeList message = finding.getElementsByTagName("message");
                    identity.append(message.getLength() == 0 ? "" : text(message.item(0).getTextContent(), escaped));
                }
                for (int k = 0; k < keys.getLength(); k++) {
                    identity.append(k > 0 ? "\n" : "").append(text(keys.item(k).getTextContent(), escaped));
                }
                accepted.merge(identity.toString(), 1, Integer::sum);
            }
        } catch (ParserConfigurationException | SAXException | RuntimeException e) {
            throw new IOException("cannot read baseline " + file + ": " + e.getMessage(), e);
        }
        return new Baseline(accepted);
    }

    /** Writes every finding of the result as accepted. */
    public static void write(List<Finding> findings, Path base, Path file) throws IOException {
        try {
            Document document = factory().newDocumentBuilder().newDocument();
            Element root = document.createElement("slotlint-baseline");
            root.setAttribute("version", "1");
            document.appendChild(root);
            for (Finding finding : findings) {
                Element element = document.createElement("finding");
                String where = HtmlReport.relative(base, finding.location().file());
                String message = finding.keys().isEmpty() ? finding.message().replaceAll(":\\d+", ":*") : "";
                boolean escaped = !holdable(where) || !holdable(message) || !listed(finding.keys()).stream()
                        .allMatch(Baseline::holdable);
                element.setAttribute("rule", finding.ruleId());
                element.setAttribute("file", escaped ? escape(where) : where);
                if (escaped) {
                    element.setAttribute(ESCAPED, "true");
                }
                if (finding.keys().isEmpty()) {
                    Element messageElement = document.createElement("message");
                    messageElement.setTextContent(escaped ? escape(message) : message);
                    element.appendChild(messageElement);
                }
                for (String key : listed(finding.keys())) {
                    Element keyElement = document.createElement("key");
                    keyElement.setTextContent(escaped ? escape(key) : key);
                    element.appendChild(keyElement);
                }
                root.appendChild(element);
            }
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter text = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(text));
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("cannot write baseline " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether XML holds a text as it is: XML 1.0 has no control characters but tab and line breaks, no unpaired
     * surrogates and no U+FFFE or U+FFFF, and parsers turn line breaks in attributes into spaces.
     */
    static boolean holdable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0xfffe || c == 0xffff) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Java's escapes for what XML cannot hold, and a doubled backslash for a backslash. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (c == '\\') {
                out.append("\\\\");
            } else if (paired) {
                out.append(c).append(text.charAt(++i));
            } else if (c < 0x20 || c == 0xfffe || c == 0xffff || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String text(String written, boolean escaped) throws IOException {
        if (!escaped) {
            return written;
        }
        StringBuilder out = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c != '\\') {
                out.append(c);
            } else if (i + 1 < written.length() && written.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else if (i + 5 < written.length() && written.charAt(i + 1) == 'u') {
                try {
                    out.append((char) Integer.parseInt(written.substring(i + 2, i + 6), 16));
                } catch (NumberFormatException e) {
                    throw new IOException("bad escape in baseline: " + written.substring(i, i + 6));
                }
                i += 5;
            } else {
                throw new IOException("bad escape in baseline: " + written.substring(i));
            }
        }
        return out.toString();
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory;
    }
}
