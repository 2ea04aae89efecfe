package dev.slotlint.client;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A library version such as {@code 5.2.0} or {@code 6.3.2.RELEASE}, compared by its numbers. */
public record Version(List<Integer> numbers, String text) implements Comparable<Version> {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    public static Version parse(String text) {
        List<Integer> numbers = new ArrayList<>();
        String numeric = text.split("[-_]", 2)[0];
        Matcher matcher = NUMBER.matcher(numeric);
        while (matcher.find() && numbers.size() < 4) {
            numbers.add(Integer.parseInt(matcher.group()));
        }
        return new Version(List.copyOf(numbers), text);
    }

    @Override
    public int compareTo(Version other) {
        for (int i = 0; i < Math.max(numbers.size(), other.numbers.size()); i++) {
            int a = i < numbers.size() ? numbers.get(i) : 0;
            int b = i < other.numbers.size() ? other.numbers.get(i) : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }

    /** A half-open range {@code [from,to)}; {@code to} may be absent: {@code [8,)}. */
    public record Range(Version from, Version to) {

        public static Range parse(String text) {
            String inner = text.substring(1, text.length() - 1);
            String[] bounds = inner.split(",", -1);
            return new Range(Version.parse(bounds[0]), bounds[1].isBlank() ? null : Version.parse(bounds[1]));
        }

        /** Whether the range holds the version; an unknown version matches the newest range only. */
        public boolean contains(Version version) {
            if (version == null) {
                return to == null;
            }
            return version.compareTo(from) >= 0 && (to == null || version.compareTo(to) < 0);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
