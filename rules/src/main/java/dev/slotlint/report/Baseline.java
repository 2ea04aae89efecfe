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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The findings a team has accepted, so that later runs fail only on new ones. A finding is identified by what stays
 * when the code around it, the client library or slotlint's wording changes: its rule, its file (relative to the
 * project), the type and member it is in (or the configuration key), the command, method or client type at that
 * place, and the keys as evaluated. Neither the line nor the message counts: lines move with every edit above, and
 * messages quote client versions ({@code JedisCluster 5.2.0 throws ...}) that an upgrade changes. Identical
 * identities are counted, so two accepted findings in one method accept two, not three.
 */
public final class Baseline {

    /** The format {@link #write} writes; format 1 identified findings by their keys or message only. */
    static final int VERSION = 2;

    /** The most keys a finding's entry lists; beyond, a digest stands for the rest. */
    static final int LISTED_KEYS = 20;

    /** Marks a finding whose texts are written with Java's escapes (see {@link #escape}). */
    private static final String ESCAPED = "escaped";

    /** Identities, each with how many findings it stands for. */
    private final Map<String, Integer> accepted;
    private final int version;

    private Baseline(Map<String, Integer> accepted, int version) {
        this.accepted = accepted;
        this.version = version;
    }

    public int size() {
        return accepted.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The format the file was written in: 1 for files of slotlint before the identity had type and member. */
    public int version() {
        return version;
    }

    /** The result without the findings this baseline accepts, counting them as baselined. */
    public AnalysisResult apply(AnalysisResult result, Path base) {
        Map<String, Integer> left = new HashMap<>(accepted);
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : result.findings()) {
            String identity = version == 1 ? legacyIdentity(finding, base) : identity(finding, base);
            Integer count = left.get(identity);
            if (count != null && count > 0) {
                left.put(identity, count - 1);
            } else {
                kept.add(finding);
            }
        }
        return result.withFindings(kept, result.findings().size() - kept.size());
    }

    /** What identifies a finding across runs; also the source of its SARIF fingerprint. */
    public static String identity(Finding finding, Path base) {
        return identity(finding.ruleId(), file(base, finding.location().file()), finding.enclosing(),
                finding.command(), listed(finding.keys()));
    }

    /**
     * A finding's file relative to the project directory; one in another module of the build (a library's client,
     * judged by the module using it) relative too, through {@code ..}, so that the file holds on every checkout.
     */
    static String file(Path base, Path file) {
        if (base != null && file.isAbsolute() && base.isAbsolute() && !file.startsWith(base)
                && java.util.Objects.equals(file.getRoot(), base.getRoot())) {
            return base.relativize(file).toString().replace('\\', '/');
        }
        return HtmlReport.relative(base, file);
    }

    private static String identity(String rule, String file, String enclosing, String command, List<String> keys) {
        return rule + "\n" + file + "\n" + enclosing + "\n" + command + "\n" + String.join("\n", keys);
    }

    private static String legacyIdentity(Finding finding, Path base) {
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
        int version;
        try {
            Element root = factory().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            version = "1".equals(root.getAttribute("version")) ? 1 : VERSION;
            NodeList findings = root.getElementsByTagName("finding");
            for (int i = 0; i < findings.getLength(); i++) {
                Element finding = (Element) findings.item(i);
                boolean escaped = "true".equals(finding.getAttribute(ESCAPED));
                List<String> keys = texts(finding, "key", escaped);
                String where = text(finding.getAttribute("file"), escaped);
                String identity;
                if (version == 1) {
                    List<String> message = texts(finding, "message", escaped);
                    identity = finding.getAttribute("rule") + "\n" + where + "\n"
                            + (keys.isEmpty() ? (message.isEmpty() ? "" : message.get(0)) : String.join("\n", keys));
                } else {
                    identity = identity(finding.getAttribute("rule"), where, text(finding.getAttribute("in"), escaped),
                            text(finding.getAttribute("command"), escaped), keys);
                }
                accepted.merge(identity, 1, Integer::sum);
            }
        } catch (ParserConfigurationException | SAXException | RuntimeException e) {
            throw new IOException("cannot read baseline " + file + ": " + e.getMessage(), e);
        }
        return new Baseline(accepted, version);
    }

    private static List<String> texts(Element parent, String tag, boolean escaped) throws IOException {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(text(nodes.item(i).getTextContent(), escaped));
        }
        return texts;
    }

    /**
     * Writes every finding of the result as accepted. The message is written too, for the people who review the
     * file; it is not part of the identity.
     */
    public static void write(List<Finding> findings, Path base, Path file) throws IOException {
        try {
            Document document = factory().newDocumentBuilder().newDocument();
            Element root = document.createElement("slotlint-baseline");
            root.setAttribute("version", String.valueOf(VERSION));
            document.appendChild(root);
            for (Finding finding : findings) {
                Element element = document.createElement("finding");
                String where = file(base, finding.location().file());
                List<String> keys = listed(finding.keys());
                boolean escaped = !holdable(where) || !holdable(finding.enclosing()) || !holdable(finding.command())
                        || !holdable(finding.message()) || !keys.stream().allMatch(Baseline::holdable);
                element.setAttribute("rule", finding.ruleId());
                element.setAttribute("file", escaped ? escape(where) : where);
                element.setAttribute("in", escaped ? escape(finding.enclosing()) : finding.enclosing());
                element.setAttribute("command", escaped ? escape(finding.command()) : finding.command());
                if (escaped) {
                    element.setAttribute(ESCAPED, "true");
                }
                for (String key : keys) {
                    Element keyElement = document.createElement("key");
                    keyElement.setTextContent(escaped ? escape(key) : key);
                    element.appendChild(keyElement);
                }
                Element message = document.createElement("message");
                message.setTextContent(escaped ? escape(finding.message()) : finding.message());
                element.appendChild(message);
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
