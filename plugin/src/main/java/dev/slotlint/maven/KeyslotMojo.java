package dev.slotlint.maven;

import dev.slotlint.slot.HashSlot;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the hash slot of a key, like {@code CLUSTER KEYSLOT} but without a server:
 * {@code mvn slotlint:keyslot -Dkey=user:101}.
 */
@Mojo(name = "keyslot", requiresProject = false, threadSafe = true)
public class KeyslotMojo extends AbstractMojo {

    /** The key whose slot to print. */
    @Parameter(property = "key", required = true)
    private String key;

    @Override
    public void execute() throws MojoExecutionException {
        if (key == null) {
            throw new MojoExecutionException("slotlint: give the key as -Dkey=...");
        }
        String tag = HashSlot.hashTag(key);
        getLog().info("slotlint: " + key + " -> slot " + HashSlot.of(key)
                + (tag == null ? " (no hash tag: the whole key is hashed)" : " (hash tag {" + tag + "})"));
    }
}
