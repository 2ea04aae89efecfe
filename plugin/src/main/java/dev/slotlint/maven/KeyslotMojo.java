package dev.slotlint.maven;

import dev.slotlint.slot.HashSlot;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Prints the hash slot of a key on standard output, like {@code CLUSTER KEYSLOT} but without a server:
 * {@code mvn -q slotlint:keyslot -Dkey=user:101} prints {@code 13437}. With {@code -Dkeys=a,b,c} it prints each
 * key's slot and whether they share one: whether a multi-key command on them runs on a cluster or fails with
 * CROSSSLOT. Needs no project: outside one, name the plugin in full
 * ({@code mvn dev.slotlint:slotlint-maven-plugin:<version>:keyslot -Dkey=...}).
 */
@Mojo(name = "keyslot", requiresProject = false, threadSafe = true)
public class KeyslotMojo extends AbstractMojo {

    /** The key whose slot to print. */
    @Parameter(property = "key")
    private String key;

    /** Keys (comma separated) whose slots to print, with whether they share one. */
    @Parameter(property = "keys")
    private List<String> keys;

    @Override
    public void execute() throws MojoExecutionException {
        List<String> all = new ArrayList<>();
        if (key != null) {
            all.add(key);
        }
        if (keys != null) {
            all.addAll(keys);
        }
        if (all.isEmpty()) {
            throw new MojoExecutionException("slotlint: give a key as -Dkey=user:101, or several as -Dkeys=a,b,c");
        }
        PrintStream out = System.out;
        if (all.size() == 1) {
            String only = all.get(0);
            out.println(HashSlot.of(only));
            getLog().info(describe(only));
            return;
        }
        Set<Integer> slots = new LinkedHashSet<>();
        for (String each : all) {
            int slot = HashSlot.of(each);
            slots.add(slot);
            out.println(slot + " " + each);
            getLog().info(describe(each));
        }
        out.println(slots.size() == 1
                ? "same slot " + slots.iterator().next() + ": a multi-key command on these keys runs on a cluster"
                : slots.size() + " slots: a multi-key command on these keys fails on a cluster with CROSSSLOT;"
                + " keys that share a hash tag, such as {user:101}:name and {user:101}:email, share a slot");
    }

    private static String describe(String key) {
        String tag = HashSlot.hashTag(key);
        return "slotlint: " + key + " -> slot " + HashSlot.of(key)
                + (tag == null ? " (no hash tag: the whole key is hashed)" : " (hash tag {" + tag + "})");
    }
}
