package dev.slotlint;

import dev.slotlint.key.KeyValue;
import dev.slotlint.source.Location;

/** One key of one catalogued command call: what the key inventory of the reports is made of. */
public record KeyUse(Location location, String command, String client, KeyValue key) {
}
