package dev.slotlint.key;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link ConfigValues}: settings the project's configuration gives, {@code @Value} and {@code getProperty}. */
class ConfigValuesTest {

    private static final String LOCKS = """
            package shop;

            import org.springframework.beans.factory.annotation.Value;
            import org.springframework.core.env.Environment;

            public class Locks {
                @Value("${app.lock.prefix:shop:lock}")
                private String prefix;

                @Value("${app.cache.prefix}")
                private String cachePrefix;

                @Value("${app.broken.prefix:del::")
                private String broken;

                private Environment environment;

                public String lock(String id) {
                    return prefix + ":" + id;
                }

                public String cache(String id) {
                    return cachePrefix + id;
                }

                public String broken(String id) {
                    return broken + id;
                }

                public String fromEnvironment(String id) {
                    return environment.getProperty("app.env.prefix", "env:") + id;
                }
            }
            """;

    @Test
    void aSettingTheConfigurationGivesWinsOverTheDefault() {
        assertEquals("\"locks:\" + ‹id›", Expressions.in(LOCKS).setting("app.lock.prefix", "locks")
                .value("Locks l = new Locks();", "l.lock(id)"));
    }

    @Test
    void eachProfilesValueIsAnAlternative() {
        assertEquals("(\"a:\" + ‹id› | \"b:\" + ‹id›)", Expressions.in(LOCKS).setting("app.lock.prefix", "a", "b")
                .value("Locks l = new Locks();", "l.lock(id)"));
    }

    @Test
    void withoutTheSettingTheDefaultIsUsedAndSaidSo() {
        Expressions project = Expressions.in(LOCKS);
        assertEquals("\"shop:lock:\" + ‹id›", project.value("Locks l = new Locks();", "l.lock(id)"));
        assertEquals(List.of("app.lock.prefix is not set in the project's configuration, so its default"
                + " \"shop:lock\" is used"), project.assumptions());
    }

    @Test
    void withoutSettingOrDefaultTheValueIsTheSettingsOwnUnknown() {
        assertEquals("‹app.cache.prefix› + ‹id›", Expressions.in(LOCKS).value("Locks l = new Locks();",
                "l.cache(id)"));
    }

    @Test
    void anUnclosedPlaceholderStaysTextAsSpringLeavesIt() {
        assertEquals("\"${app.broken.prefix:del::\" + ‹id›", Expressions.in(LOCKS).value("Locks l = new Locks();",
                "l.broken(id)"));
    }

    @Test
    void environmentPropertiesWithTheirDefault() {
        assertEquals("\"env:\" + ‹id›", Expressions.in(LOCKS).value("Locks l = new Locks();",
                "l.fromEnvironment(id)"));
        assertEquals("\"prod:\" + ‹id›", Expressions.in(LOCKS).setting("app.env.prefix", "prod:")
                .value("Locks l = new Locks();", "l.fromEnvironment(id)"));
    }

    private static final String PROPERTIES = """
            package shop;

            import org.springframework.boot.context.properties.ConfigurationProperties;

            @ConfigurationProperties(prefix = "app.cache")
            public class CacheProperties {
                private String keyPrefix = "shop:";
                private String region;

                public String getKeyPrefix() {
                    return keyPrefix;
                }

                public void setKeyPrefix(String keyPrefix) {
                    this.keyPrefix = keyPrefix;
                }

                public String getRegion() {
                    return region;
                }
            }
            """;

    @Test
    void configurationPropertiesFieldsAreBoundToTheirSettingsOrKeepTheirDefault() {
        Expressions project = Expressions.in(PROPERTIES);
        assertEquals("\"shop:\" + ‹id›", project.value("CacheProperties p = new CacheProperties();",
                "p.getKeyPrefix() + id"));
        assertEquals(List.of("app.cache.key-prefix is not set in the project's configuration, so its default"
                + " \"shop:\" is used"), project.assumptions());
        assertEquals("\"cart:\" + ‹id›", Expressions.in(PROPERTIES).setting("app.cache.key-prefix", "cart:")
                .value("CacheProperties p = new CacheProperties();", "p.getKeyPrefix() + id"));
        assertEquals("\"eu:\" + ‹id›", Expressions.in(PROPERTIES).setting("app.cache.region", "eu:")
                .value("CacheProperties p = new CacheProperties();", "p.getRegion() + id"));
    }
}
