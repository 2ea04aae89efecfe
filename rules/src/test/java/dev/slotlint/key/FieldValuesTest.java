package dev.slotlint.key;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link FieldValues}: fields that are not constants, read from the project's constructors and initial values. */
class FieldValuesTest {

    private static final String STORE = """
            package shop;

            public class Store {
                private final String keyPrefix;
                private final String region;
                private String namespace = "shop:";
                private String fixed = "fixed:";

                public Store() {
                    this((String) null);
                }

                public Store(String keyPrefix) {
                    this(keyPrefix, "eu");
                }

                public Store(String keyPrefix, String region) {
                    this.keyPrefix = keyPrefix == null || keyPrefix.isEmpty() ? "" : keyPrefix;
                    this.region = region;
                }

                public void setNamespace(String namespace) {
                    this.namespace = namespace;
                }

                public String jobs() {
                    return keyPrefix + "jobs";
                }

                public String regional() {
                    return region + ":jobs";
                }

                public String session(String id) {
                    return namespace + id;
                }

                public String fixedKey() {
                    return fixed + "k";
                }
            }
            """;

    @Test
    void aFinalFieldHoldsWhatItsConstructorsAssignThroughTheirChains() {
        assertEquals("(\"jobs\" | ‹keyPrefix› + \"jobs\")", Expressions.in(STORE).value("Store s = new Store();",
                "s.jobs()"));
    }

    @Test
    void aConstructorArgumentFromAChainAndTheCallersOwnAreAlternatives() {
        assertEquals("(\"eu:jobs\" | ‹region› + \":jobs\")", Expressions.in(STORE).value("Store s = new Store();",
                "s.regional()"));
    }

    @Test
    void anInitialValueASetterMayChangeIsAssumedAndSaidSo() {
        Expressions project = Expressions.in(STORE);
        assertEquals("\"shop:\" + ‹id›", project.value("Store s = new Store();", "s.session(id)"));
        assertEquals(List.of("Store#namespace keeps its initial value \"shop:\""), project.assumptions());
    }

    @Test
    void anInitialValueNothingChangesIsNoAssumption() {
        Expressions project = Expressions.in(STORE);
        assertEquals("\"fixed:k\"", project.value("Store s = new Store();", "s.fixedKey()"));
        assertEquals(List.of(), project.assumptions());
    }

    @Test
    void aFieldThatAMethodCalledByTheConstructorSetsHoldsWhatThatMethodAssigns() {
        Expressions project = Expressions.in("""
                package shop;

                public class Sessions {
                    private String namespace = "spring:session:";
                    private String expiredPrefix;

                    public Sessions() {
                        configure();
                    }

                    public void setNamespace(String namespace) {
                        this.namespace = namespace.trim() + ":";
                        configure();
                    }

                    private void configure() {
                        this.expiredPrefix = this.namespace + "sessions:expires:";
                    }

                    public String expired(String id) {
                        return expiredPrefix + id;
                    }
                }
                """);
        assertEquals("\"spring:session:sessions:expires:\" + ‹id›", project.value("Sessions s = new Sessions();",
                "s.expired(id)"));
        assertEquals(List.of("Sessions#namespace keeps its initial value \"spring:session:\""),
                project.assumptions());
    }
}
