package dev.slotlint.maven;

import dev.slotlint.source.SourceFile;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The {@code maxFileSize} parameter as users write it. */
class MaxFileSizeTest {

    @Test
    void sizesAreBytesOrKilobytesMegabytesGigabytes() throws MojoExecutionException {
        assertEquals(1_048_576, AnalysisRun.bytes("1048576"));
        assertEquals(512 << 10, AnalysisRun.bytes("512KB"));
        assertEquals(10L << 20, AnalysisRun.bytes("10MB"));
        assertEquals(10L << 20, AnalysisRun.bytes(" 10 mb "));
        assertEquals(2L << 30, AnalysisRun.bytes("2GB"));
        assertEquals(SourceFile.defaultMaxBytes(), AnalysisRun.bytes("auto"));
        assertEquals(SourceFile.defaultMaxBytes(), AnalysisRun.bytes(null));
    }

    @Test
    void anythingElseIsRefusedWithWhatIsAccepted() {
        MojoExecutionException refused = assertThrows(MojoExecutionException.class, () -> AnalysisRun.bytes("10 M"));
        assertEquals("slotlint: maxFileSize must be a number of bytes, or a number followed by KB, MB or GB (such as"
                + " 10MB), or auto, not '10 M'", refused.getMessage());
        assertThrows(MojoExecutionException.class, () -> AnalysisRun.bytes("-1"));
        assertThrows(MojoExecutionException.class, () -> AnalysisRun.bytes("1.5MB"));
    }
}
