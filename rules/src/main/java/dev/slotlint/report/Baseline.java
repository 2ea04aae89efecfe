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
                : String.join("\n", finding.keys());
        return finding.ruleId() + "\n" + HtmlReport.relative(base, finding.location().file()) + "\n" + keys;
    }

    public static Baseline read(Path file) throws IOException {
        Map<String, Integer> accepted = new HashMap<>();
        try {
            Document document = factory().newDocumentBuilder().parse(file.toFile());
            NodeList findings = document.getDocumentElement().getElementsByTagName("finding");
            for (int i = 0; i < findings.getLength(); i++) {
                Element finding = (Element) findings.item(i);
                StringBuilder identity = new StringBuilder(finding.getAttribute("rule")).append('\n')
                        .append(finding.getAttribute("file")).append('\n');
                NodeList keys = finding.getElementsByTagName("key");
                if (keys.getLength() == 0) {
                    NodeList message = finding.getElementsByTagName("message");
                    identity.append(message.getLength() == 0 ? "" : message.item(0).getTextContent());
                }
                for (int k = 0; k < keys.getLength(); k++) {
                    identity.append(k > 0 ? "\n" : "").append(keys.item(k).getTextContent());
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
                element.setAttribute("rule", finding.ruleId());
                element.setAttribute("file", HtmlReport.relative(base, finding.location().file()));
                if (finding.keys().isEmpty()) {
                    Element message = document.createElement("message");
                    message.setTextContent(finding.message().replaceAll(":\\d+", ":*"));
                    element.appendChild(message);
                }
                for (String key : finding.keys()) {
                    Element keyElement = document.createElement("key");
                    keyElement.setTextContent(key);
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
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("cannot write baseline " + file + ": " + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory;
    }
}
