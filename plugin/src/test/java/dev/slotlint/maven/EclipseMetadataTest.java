package dev.slotlint.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Eclipse m2e reads this file from the plugin jar to run slotlint:check on incremental builds. */
class EclipseMetadataTest {

    @Test
    void checkRunsOnIncrementalBuilds() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/m2e/lifecycle-mapping-metadata.xml")) {
            assertNotNull(in, "lifecycle-mapping-metadata.xml is not packaged");
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            Element execution = (Element) document.getElementsByTagName("pluginExecution").item(0);
            assertEquals("check", execution.getElementsByTagName("goal").item(0).getTextContent());
            assertEquals("true", execution.getElementsByTagName("runOnIncremental").item(0).getTextContent());
        }
    }
}
