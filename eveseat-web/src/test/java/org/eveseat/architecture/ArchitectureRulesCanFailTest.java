package org.eveseat.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that each rule of {@link ArchitectureRules} can fail. Every package under {@code org.eveseat.archfixture}
 * is a tiny code base with the production shape: {@code clean} keeps all six rules (and uses every exemption the
 * rules grant), each other case breaks exactly one rule with exactly one offending class and keeps the other five.
 */
class ArchitectureRulesCanFailTest {
    private static final String FIXTURES = "org.eveseat.archfixture";

    private static final Function<String, ArchRule> RULE_1 = ArchitectureRules::domainDependsOnlyOnJdk;
    private static final Function<String, ArchRule> RULE_2 = ArchitectureRules::adaptersDoNotTouchDomainServices;
    private static final Function<String, ArchRule> RULE_3 = ArchitectureRules::drivingAdaptersUseOnlyInPorts;
    private static final Function<String, ArchRule> RULE_4 = ArchitectureRules::portsHoldOnlyContracts;
    private static final Function<String, ArchRule> RULE_5 = ArchitectureRules::frameworksStayInTheirAdapters;
    private static final Function<String, ArchRule> RULE_6 =
            ArchitectureRules::featureSlicesUseOnlyEachOthersPortsAndModel;
    private static final List<Function<String, ArchRule>> RULES = List.of(RULE_1, RULE_2, RULE_3, RULE_4, RULE_5, RULE_6);

    static Stream<Arguments> brokenFixtures() {
        return Stream.of(
                Arguments.of("rule1", RULE_1, "domain.parcel.service.ShipParcelService"),
                Arguments.of("rule2", RULE_2, "adapter.batch.parcel.ParcelShippingJob"),
                Arguments.of("rule3", RULE_3, "adapter.web.rest.parcel.ParcelResource"),
                Arguments.of("rule4", RULE_4, "domain.parcel.port.in.ShippingRates"),
                Arguments.of("rule5jpa", RULE_5, "adapter.esi.parcel.ParcelEntity"),
                Arguments.of("rule5liquibase", RULE_5, "adapter.batch.parcel.ParcelMigrations"),
                Arguments.of("rule5restclient", RULE_5, "adapter.batch.parcel.CarrierClients"),
                Arguments.of("rule6domain", RULE_6, "domain.parcel.service.ShipParcelService"),
                Arguments.of("rule6adapter", RULE_6, "adapter.persistence.parcel.JpaParcelRepository"));
    }

    @Test
    void cleanFixtureKeepsAllRules() {
        JavaClasses clean = fixture("clean");
        for (Function<String, ArchRule> rule : RULES) {
            assertThatCode(() -> rule.apply(root("clean")).check(clean)).doesNotThrowAnyException();
        }
    }

    @Test
    void allListsTheSixRulesInOrder() {
        assertThat(ArchitectureRules.all(root("clean"))).extracting(ArchRule::getDescription)
                .containsExactlyElementsOf(RULES.stream().map(rule -> rule.apply(root("clean")).getDescription()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFixtures")
    void ruleFailsOnItsBrokenFixture(String fixture, Function<String, ArchRule> rule, String offender) {
        JavaClasses classes = fixture(fixture);
        String offendingClass = root(fixture) + "." + offender;
        assertThat(classes.contain(offendingClass)).as("fixture contains " + offendingClass).isTrue();

        assertThatThrownBy(() -> rule.apply(root(fixture)).check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(offendingClass);

        EvaluationResult result = rule.apply(root(fixture)).evaluate(classes);
        assertThat(result.getFailureReport().getDetails())
                .as("every violation is caused by " + offendingClass)
                .isNotEmpty()
                .allMatch(line -> line.contains("<" + offendingClass + ">") || line.contains("<" + offendingClass + "."),
                        "names " + offendingClass);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFixtures")
    void brokenFixtureKeepsTheOtherRules(String fixture, Function<String, ArchRule> brokenRule, String offender) {
        JavaClasses classes = fixture(fixture);
        for (Function<String, ArchRule> rule : RULES) {
            if (rule != brokenRule) {
                assertThatCode(() -> rule.apply(root(fixture)).check(classes)).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void everyRuleFailsOnAMisspelledRoot() {
        JavaClasses clean = fixture("clean");
        for (Function<String, ArchRule> rule : RULES) {
            assertThatThrownBy(() -> rule.apply(FIXTURES + ".claen").check(clean)).isInstanceOf(AssertionError.class);
        }
    }

    @Test
    void dependencyRulesFailWhenTheForbiddenSideIsMissing() {
        JavaClasses clean = fixture("clean");

        JavaClasses withoutServices = clean.that(not(resideInAPackage("..service..")));
        assertThatThrownBy(() -> RULE_2.apply(root("clean")).check(withoutServices))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Layer 'Domain services' is empty");

        JavaClasses withoutOutPorts = clean.that(not(resideInAPackage("..port.out..")));
        assertThatThrownBy(() -> RULE_3.apply(root("clean")).check(withoutOutPorts))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Layer 'Out-ports' is empty");
    }

    @Test
    void rulesFailWhenTheCheckedSideIsMissing() {
        JavaClasses clean = fixture("clean");

        JavaClasses withoutAdapters = clean.that(not(resideInAPackage("..adapter..")));
        assertThatThrownBy(() -> RULE_2.apply(root("clean")).check(withoutAdapters))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Layer 'Adapters' is empty");
        assertThatThrownBy(() -> RULE_6.apply(root("clean")).check(withoutAdapters))
                .isInstanceOf(AssertionError.class);

        JavaClasses withoutDrivingAdapters = clean.that(not(resideInAnyPackage(
                "..adapter.batch..", "..adapter.web.rest..", "..adapter.web.security..")));
        assertThatThrownBy(() -> RULE_3.apply(root("clean")).check(withoutDrivingAdapters))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Layer 'Driving adapters' is empty");

        JavaClasses withoutPorts = clean.that(not(resideInAPackage("..port..")));
        assertThatThrownBy(() -> RULE_4.apply(root("clean")).check(withoutPorts)).isInstanceOf(AssertionError.class);

        JavaClasses withoutDomain = clean.that(not(resideInAPackage("..domain..")));
        assertThatThrownBy(() -> RULE_1.apply(root("clean")).check(withoutDomain)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> RULE_6.apply(root("clean")).check(withoutDomain)).isInstanceOf(AssertionError.class);
    }

    @Test
    void adapterFeatureOfAPackage() {
        String adapter = "org.eveseat.adapter.";
        assertThat(ArchitectureRules.adapterFeature("org.eveseat.adapter.esi.wallet", adapter)).isEqualTo("wallet");
        assertThat(ArchitectureRules.adapterFeature("org.eveseat.adapter.persistence.wallet.x", adapter)).isEqualTo("wallet");
        assertThat(ArchitectureRules.adapterFeature("org.eveseat.adapter.web.rest.wallet", adapter)).isEqualTo("wallet");
        assertThat(ArchitectureRules.adapterFeature("org.eveseat.adapter.batch.walletjournal", adapter)).isEqualTo("walletjournal");
        assertThat(ArchitectureRules.adapterFeature("org.eveseat.adapter.esi.sso", adapter)).isEqualTo("character");
        assertThat(ArchitectureRules.adapterFeature("org.eveseat.adapter.web.rest.auth", adapter)).isEqualTo("character");
        assertThat(ArchitectureRules.adapterFeature("org.eveseat.adapter.web.rest.problem", adapter)).isNull();
        assertThat(ArchitectureRules.adapterFeature("org.eveseat.adapter.esi.common", adapter)).isNull();
        assertThat(ArchitectureRules.adapterFeature("org.eveseat.adapter.persistence", adapter)).isNull();
        assertThat(ArchitectureRules.adapterFeature("org.eveseat.adapter.batch.scheduler", adapter)).isNull();
        assertThat(ArchitectureRules.adapterFeature("org.eveseat.adapter.web.rest", adapter)).isNull();
        assertThat(ArchitectureRules.adapterFeature("org.eveseat.adapter.web.security.jwt", adapter)).isNull();
        assertThat(ArchitectureRules.adapterFeature("org.eveseat.adapter.web.wiring", adapter)).isNull();
        assertThat(ArchitectureRules.adapterFeature("org.eveseat.domain.wallet", adapter)).isNull();
    }

    private static String root(String fixture) {
        return FIXTURES + "." + fixture;
    }

    private static JavaClasses fixture(String fixture) {
        return new ClassFileImporter().importPackages(root(fixture));
    }
}
