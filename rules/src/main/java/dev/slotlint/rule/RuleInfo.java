package dev.slotlint.rule;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A rule's metadata, kept on the rule class so that code, docs and reports cannot drift apart. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** Stable identifier used in console lines, suppressions, baselines and SARIF. */
    String id();

    /** Severity of the rule's findings unless a finding states its own. */
    Severity severity();

    /** One line: what the rule finds. */
    String summary();

    /** What fails at run time, and why. */
    String explanation();

    /** How to fix a finding. */
    String fix();
}
