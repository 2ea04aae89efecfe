package dev.slotlint.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the measurements of one run in several JVMs are combined into the figure the table shows. */
class BenchmarkTest {

    @Test
    void severalJvmsGiveTheirMedianTimesAndTheMostHeapAnyUsed() {
        Benchmark.Result combined = Benchmark.median(List.of(
                new Benchmark.Result(3_600, 5_200, 2_500, 120, 8_167, "d"),
                new Benchmark.Result(3_100, 6_100, 2_500, 190, 8_167, "d"),
                new Benchmark.Result(3_300, 4_900, 2_500, 150, 8_167, "d")));

        assertEquals(new Benchmark.Result(3_300, 5_200, 2_500, 190, 8_167, "d"), combined);
    }

    @Test
    void jvmsThatFoundDifferentFindingsAreAnError() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> Benchmark.median(List.of(
                new Benchmark.Result(3_600, 5_200, 2_500, 120, 8_167, "d"),
                new Benchmark.Result(3_100, 6_100, 2_500, 190, 8_166, "e"))));

        assertTrue(error.getMessage().startsWith("two JVMs gave different results"), error.getMessage());
    }
}
