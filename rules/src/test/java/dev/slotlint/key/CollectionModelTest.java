package dev.slotlint.key;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@link CollectionModel}: arrays, collections and maps as the keys they hold. */
class CollectionModelTest {

    @ParameterizedTest(name = "{0}  =>  {1}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', value = {
            "List.of(\"a\", id) => [\"a\", ‹id›]",
            "Arrays.asList(\"a\", \"b\") => [\"a\", \"b\"]",
            "Set.copyOf(List.of(\"a\")) => [\"a\"]",
            "Collections.singletonList(\"a\") => [\"a\"]",
            "Map.of(\"k1\", 1, \"k2\", 2) => [\"k1\", \"k2\"]",
            "Map.ofEntries(Map.entry(\"a\", 1), Map.entry(id, 2)) => [\"a\", ‹id›]",
            "new ArrayList<>(List.of(\"a\", \"b\")) => [\"a\", \"b\"]",
            "new HashSet<String>() => []",
            "new ArrayList<String>(count) => []",
            "Collections.unmodifiableList(List.of(\"a\")) => [\"a\"]",
            "Objects.requireNonNull(\"k\") => \"k\"",
            "List.of(\"a\", \"b\").get(1) => \"b\"",
            "List.of(\"a\", \"b\").toArray(new String[0]) => [\"a\", \"b\"]",
            "new String[] {\"a\", id} => [\"a\", ‹id›]",
            "ids => […]",
            "new ArrayList<String>() {{ add(\"a\"); add(id); }} => [\"a\", ‹id›]",
            "new HashMap<String, Integer>() {{ put(\"k\", 1); }} => [\"k\"]",
            "new ArrayList<String>() {{ add(\"a\"); addAll(ids); }} => […]",
            "new HashMap<String, String>(16, 0.75f) => []",
            "new HashSet<>(new ArrayList<>(List.of(\"a\"))) => [\"a\"]",
            "List.copyOf(Arrays.asList(\"a\", \"b\")) => [\"a\", \"b\"]",
            "com.google.common.collect.Lists.newArrayList(\"a\", id) => [\"a\", ‹id›]",
            "com.google.common.collect.ImmutableList.of(\"a\") => [\"a\"]",
            "com.google.common.collect.Sets.newHashSet(List.of(\"a\")) => [\"a\"]",
            "new HashMap<String, String>(Map.of(\"a\", \"1\")).keySet().toArray(new String[0]) => [\"a\"]",
            "id.split(\",\") => […]",
    })
    void evaluates(String expression, String expected) {
        assertEquals(expected, Expressions.evaluate(expression));
    }

    @ParameterizedTest(name = "{0}; {1}  =>  {2}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', value = {
            "List<String> keys = new ArrayList<>(); Collections.addAll(keys, \"a\", id); => keys => [\"a\", ‹id›]",
            "List<String> keys = new ArrayList<>(); Collections.addAll(keys, new String[] {\"a\"}); => keys => [\"a\"]",
            "List<String> keys = new ArrayList<>(); keys.add(\"a\"); Fill.more(keys); => keys => […]",
            "List<String> keys = new ArrayList<>(); keys.add(\"a\"); String.join(\",\", keys); => keys => [\"a\"]",
            "List<String> keys = new ArrayList<>(); keys.add(\"a\"); => keys.toArray(new String[keys.size()]) => [\"a\"]",
    })
    void followsWhatStatementsDoToACollection(String setup, String expression, String expected) {
        assertEquals(expected, Expressions.evaluate(setup, expression));
    }
}
