package dev.slotlint.client;

import dev.slotlint.topology.ClientTopology;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which versions the catalog describes, and how a version it does not describe is read. */
class CatalogVersionsTest {

    private final ClientCatalog catalog = ClientCatalog.standard();

    private static final ClientType JEDIS_CLUSTER = new ClientType("redis.clients.jedis.JedisCluster", Library.JEDIS,
            ClientTopology.CLUSTER, "JedisCluster");

    @Test
    void theCatalogNamesTheGenerationsItDescribes() {
        assertEquals(List.of("2.9", "3", "4", "5", "6", "7", "8"),
                catalog.generations(Library.JEDIS).stream().map(Version::toString).toList());
        assertEquals(List.of("5", "6", "7"),
                catalog.generations(Library.LETTUCE).stream().map(Version::toString).toList());
        assertEquals(List.of("2", "3", "4"),
                catalog.generations(Library.SPRING).stream().map(Version::toString).toList());
    }

    @Test
    void aVersionOfACataloguedGenerationIsReadAsItself() {
        for (String version : List.of("2.9.0", "2.9.3", "3.6.0", "3.10.0", "5.2.0", "8.0.2")) {
            assertEquals(Optional.empty(), catalog.notCatalogued(Library.JEDIS, version), version);
            assertEquals(version, catalog.semanticsOf(Library.JEDIS, Version.parse(version)).toString());
        }
        assertEquals(Optional.empty(), catalog.notCatalogued(Library.LETTUCE, "5.3.1.RELEASE"));
        assertEquals(Optional.empty(), catalog.notCatalogued(Library.SPRING, "2.0.5.RELEASE"));
    }

    @Test
    void anOlderOrInBetweenVersionIsReadAsTheNearestGenerationBelowItOrTheOldest() {
        assertEquals(Optional.of("Jedis 1.5.0 is not in the catalog; using the semantics of Jedis 2.9"),
                catalog.notCatalogued(Library.JEDIS, "1.5.0"));
        assertEquals("2.9", catalog.semanticsOf(Library.JEDIS, Version.parse("1.5.0")).toString());
        assertEquals(Optional.of("Jedis 2.10.2 is not in the catalog; using the semantics of Jedis 2.9"),
                catalog.notCatalogued(Library.JEDIS, "2.10.2"));
        assertEquals("2.9", catalog.semanticsOf(Library.JEDIS, Version.parse("2.10.2")).toString());
        assertEquals(Optional.of("Spring Data Redis 1.8.23.RELEASE is not in the catalog; using the semantics of"
                + " Spring Data Redis 2"), catalog.notCatalogued(Library.SPRING, "1.8.23.RELEASE"));
    }

    @Test
    void aNewerVersionIsReadAsTheNewestGeneration() {
        assertEquals(Optional.of("Jedis 9.1.0 is not in the catalog; using the semantics of Jedis 8"),
                catalog.notCatalogued(Library.JEDIS, "9.1.0"));
        assertEquals(Optional.of("Lettuce 8.0.0.RELEASE is not in the catalog; using the semantics of Lettuce 7"),
                catalog.notCatalogued(Library.LETTUCE, "8.0.0.RELEASE"));
        assertEquals("9.1.0", catalog.semanticsOf(Library.JEDIS, Version.parse("9.1.0")).toString(),
                "the newest facts are open-ended, so a newer version meets them as it is");
    }

    @Test
    void theFactsOfTheGenerationReadAreTheOnesApplied() {
        CrossSlotBehaviour old = catalog.crossSlot(JEDIS_CLUSTER, Version.parse("1.5.0"), "MGET", "mget");
        assertEquals(CrossSlotBehaviour.Kind.REFUSE, old.kind());
        assertEquals("No way to dispatch this command to Redis Cluster because keys have different slots.",
                old.message());
        assertEquals("1.5.0", old.version().toString(), "messages name the project's own version");
        CrossSlotBehaviour newer = catalog.crossSlot(JEDIS_CLUSTER, Version.parse("9.1.0"), "MGET", "mget");
        assertEquals("Cannot get connection for command with multiple hash slots", newer.message());
        assertEquals("Keys must belong to same hashslot.",
                catalog.crossSlot(JEDIS_CLUSTER, Version.parse("4.4.8"), "MGET", "mget").message());
    }
}
