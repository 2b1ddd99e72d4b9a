package org.eveseat.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The six architecture rules of DESIGN.md, defined once and parameterised by the root package, so the same
 * definitions are checked against the production classes (root {@code org.eveseat}) and against the small broken
 * code bases under {@code org.eveseat.archfixture} that prove each rule can fail.
 *
 * <p>Every rule fails when the packages it talks about hold no classes: a misspelled package or root must not make
 * a rule pass silently. Plain rules use {@code allowEmptyShould(false)}; the dependency rules between two groups of
 * classes are layered architectures with mandatory (non-optional) layers, so each side has to exist. Exemptions
 * (the composition root, the home packages of a framework) are fail-safe: misspelling one makes the rule stricter.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Rule 1: {@code <root>.domain..} depends only on {@code java..} and on itself. */
    public static ArchRule domainDependsOnlyOnJdk(String root) {
        String domain = root + ".domain..";
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat(componentResidesInAnyPackage("java..", domain).or(primitive()))
                .as("Rule 1: classes in " + domain + " depend only on java.. and " + domain)
                .allowEmptyShould(false);
    }

    /**
     * Rule 2: adapters never touch the domain services; they see ports and model only. The composition root
     * {@code <root>.adapter.web.wiring..} builds the services and is the one exemption.
     */
    public static ArchRule adaptersDoNotTouchDomainServices(String root) {
        String adapters = root + ".adapter..";
        String compositionRoot = root + ".adapter.web.wiring..";
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(false)
                .layer("Adapters").definedBy(resideInAPackage(adapters).and(not(resideInAPackage(compositionRoot)))
                        .as("classes in " + adapters + " outside " + compositionRoot))
                .layer("Domain services").definedBy(root + ".domain..service..")
                .whereLayer("Domain services").mayNotBeAccessedByAnyLayer()
                .as("Rule 2: adapters (" + adapters + " except the composition root " + compositionRoot
                        + ") never depend on " + root + ".domain..service..");
    }

    /**
     * Rule 3: driving adapters (REST, Faces, WebSocket, security filters, batch and scheduler) never use out-ports;
     * they go through in-ports and may use the model.
     */
    public static ArchRule drivingAdaptersUseOnlyInPorts(String root) {
        String[] driving = {
                root + ".adapter.web.rest..", root + ".adapter.web.faces..", root + ".adapter.web.ws..",
                root + ".adapter.web.security..", root + ".adapter.batch.."};
        String outPorts = root + ".domain..port.out..";
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(false)
                .layer("Driving adapters").definedBy(driving)
                .layer("Out-ports").definedBy(outPorts)
                .whereLayer("Out-ports").mayNotBeAccessedByAnyLayer()
                .as("Rule 3: driving adapters (" + String.join(", ", driving) + ") never depend on " + outPorts);
    }

    /** Rule 4: everything in {@code ..port..} is an interface, record, enum or exception. */
    public static ArchRule portsHoldOnlyContracts(String root) {
        String ports = root + "..port..";
        // Synthetic classes (e.g. the switch map javac writes for a switch over an enum) are compiler output.
        return classes().that().resideInAPackage(ports).and().doNotHaveModifier(JavaModifier.SYNTHETIC)
                .should(beInterfaceRecordEnumOrThrowable())
                .as("Rule 4: every class in " + ports + " is an interface, record, enum or exception")
                .allowEmptyShould(false);
    }

    /**
     * Rule 5: JPA, EclipseLink and Liquibase appear only in {@code <root>.adapter.persistence..}; MicroProfile
     * REST Client only in {@code <root>.adapter.esi..}.
     */
    public static ArchRule frameworksStayInTheirAdapters(String root) {
        String persistence = root + ".adapter.persistence..";
        String esi = root + ".adapter.esi..";
        ArchRule storage = noClasses().that().resideOutsideOfPackage(persistence)
                .should().dependOnClassesThat(componentResidesInAnyPackage(
                        "jakarta.persistence..", "org.eclipse.persistence..", "liquibase.."))
                .as("no classes outside " + persistence
                        + " depend on jakarta.persistence.., org.eclipse.persistence.. or liquibase..")
                .allowEmptyShould(false);
        ArchRule restClient = noClasses().that().resideOutsideOfPackage(esi)
                .should().dependOnClassesThat(componentResidesInAnyPackage("org.eclipse.microprofile.rest.client.."))
                .as("no classes outside " + esi + " depend on org.eclipse.microprofile.rest.client..")
                .allowEmptyShould(false);
        return CompositeArchRule.of(storage).and(restClient)
                .as("Rule 5: JPA, EclipseLink and Liquibase only in " + persistence
                        + "; MicroProfile REST Client only in " + esi);
    }

    /**
     * Rule 6: feature slices don't depend on each other's internals.
     *
     * <p>Domain: a class in {@code <root>.domain.X..} may use another feature Y only through
     * {@code <root>.domain.Y.model..} and {@code <root>.domain.Y.port..}; {@code <root>.domain.shared} is open to
     * all.
     *
     * <p>Adapters: a class in a feature package of an adapter may not depend on another feature's adapter package.
     * The feature of {@code <root>.adapter.T.F..} is F, and of {@code <root>.adapter.web.A.F..} (A = rest, faces,
     * ws, ...) it is F; adapters of one feature in different technologies form one slice. Not features, so usable
     * from and using every feature:
     * <ul>
     *   <li>the root package of each adapter, e.g. {@code adapter.persistence} (EntityManager producer, migrations)
     *       or {@code adapter.web.rest} (the JAX-RS application);</li>
     *   <li>packages named {@code common} or {@code shared} (e.g. {@code adapter.esi.common}), {@code problem} (the
     *       one mapper of domain exceptions to problem+json) and {@code scheduler} (the sync scheduler that drives
     *       every feature);</li>
     *   <li>the cross-cutting web areas {@code web.security}, {@code web.health} and {@code web.wiring} (the
     *       composition root).</li>
     * </ul>
     * EVE SSO ({@code adapter.esi.sso}) and the login resources ({@code adapter.web.rest.auth}) belong to the
     * {@code character} feature, whose domain owns accounts, linked characters, tokens and sessions.
     */
    public static ArchRule featureSlicesUseOnlyEachOthersPortsAndModel(String root) {
        ArchRule domain = classes().that().resideInAPackage(root + ".domain.*..")
                .should(useOtherDomainFeaturesOnlyThroughModelAndPorts(root))
                .as("classes in a feature of " + root + ".domain use other features only through their model and ports")
                .allowEmptyShould(false);
        ArchRule adapters = classes().that().resideInAPackage(root + ".adapter..")
                .should(notDependOnOtherFeaturesAdapters(root))
                .as("classes in a feature package of " + root + ".adapter don't depend on another feature's adapters")
                .allowEmptyShould(false);
        return CompositeArchRule.of(domain).and(adapters)
                .as("Rule 6: feature slices don't depend on each other's internals");
    }

    /** All six rules, in the order of DESIGN.md. */
    public static List<ArchRule> all(String root) {
        return List.of(
                domainDependsOnlyOnJdk(root),
                adaptersDoNotTouchDomainServices(root),
                drivingAdaptersUseOnlyInPorts(root),
                portsHoldOnlyContracts(root),
                frameworksStayInTheirAdapters(root),
                featureSlicesUseOnlyEachOthersPortsAndModel(root));
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Like {@code resideInAnyPackage}, but an array is judged by its component type. */
    private static DescribedPredicate<JavaClass> componentResidesInAnyPackage(String... packages) {
        DescribedPredicate<JavaClass> inPackages = resideInAnyPackage(packages);
        return DescribedPredicate.describe(inPackages.getDescription(),
                javaClass -> inPackages.test(component(javaClass)));
    }

    /** Primitives and arrays of them. */
    private static DescribedPredicate<JavaClass> primitive() {
        return DescribedPredicate.describe("primitive", javaClass -> component(javaClass).isPrimitive());
    }

    private static JavaClass component(JavaClass javaClass) {
        return javaClass.isArray() ? javaClass.getBaseComponentType() : javaClass;
    }

    private static ArchCondition<JavaClass> beInterfaceRecordEnumOrThrowable() {
        return new ArchCondition<>("be an interface, record, enum or exception") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean contract = javaClass.isInterface() || javaClass.isRecord() || javaClass.isEnum()
                        || javaClass.isAssignableTo(Throwable.class);
                events.add(new SimpleConditionEvent(javaClass, contract, "Class <" + javaClass.getName() + "> is "
                        + (contract ? "" : "not ") + "an interface, record, enum or exception in "
                        + javaClass.getSourceCodeLocation()));
            }
        };
    }

    private static ArchCondition<JavaClass> useOtherDomainFeaturesOnlyThroughModelAndPorts(String root) {
        String domainPrefix = root + ".domain.";
        return new ArchCondition<>("use other features of " + root + ".domain only through their model and ports") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String feature = firstSegment(javaClass.getPackageName(), domainPrefix);
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    String target = targetPackage(dependency);
                    String targetFeature = firstSegment(target, domainPrefix);
                    if (targetFeature == null || targetFeature.equals(feature) || targetFeature.equals("shared")) {
                        continue;
                    }
                    String featurePackage = domainPrefix + targetFeature;
                    if (!isInPackage(target, featurePackage + ".model") && !isInPackage(target, featurePackage + ".port")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " (internals of feature '" + targetFeature + "', only its model and ports are open)"));
                    }
                }
            }
        };
    }

    private static final Set<String> SHARED_ADAPTER_PACKAGES = Set.of("common", "shared", "problem", "scheduler");
    private static final Set<String> CROSS_CUTTING_WEB_AREAS = Set.of("security", "health", "wiring");
    private static final Map<String, String> FEATURE_ALIASES = Map.of("sso", "character", "auth", "character");

    private static ArchCondition<JavaClass> notDependOnOtherFeaturesAdapters(String root) {
        String adapterPrefix = root + ".adapter.";
        return new ArchCondition<>("not depend on the adapters of another feature") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String feature = adapterFeature(javaClass.getPackageName(), adapterPrefix);
                if (feature == null) {
                    return;
                }
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    String targetFeature = adapterFeature(targetPackage(dependency), adapterPrefix);
                    if (targetFeature != null && !targetFeature.equals(feature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + " (adapter of feature '" + feature + "' uses an adapter of feature '"
                                + targetFeature + "')"));
                    }
                }
            }
        };
    }

    /** The feature an adapter package belongs to, or null for shared and cross-cutting packages. */
    static String adapterFeature(String packageName, String adapterPrefix) {
        if (!packageName.startsWith(adapterPrefix)) {
            return null;
        }
        String[] segments = packageName.substring(adapterPrefix.length()).split("\\.");
        int featureIndex = 1;
        if (segments[0].equals("web")) {
            if (segments.length < 2 || CROSS_CUTTING_WEB_AREAS.contains(segments[1])) {
                return null;
            }
            featureIndex = 2;
        }
        if (segments.length <= featureIndex || SHARED_ADAPTER_PACKAGES.contains(segments[featureIndex])) {
            return null;
        }
        return FEATURE_ALIASES.getOrDefault(segments[featureIndex], segments[featureIndex]);
    }

    private static String targetPackage(Dependency dependency) {
        return component(dependency.getTargetClass()).getPackageName();
    }

    private static String firstSegment(String packageName, String prefix) {
        if (!packageName.startsWith(prefix)) {
            return null;
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isInPackage(String packageName, String parent) {
        return packageName.equals(parent) || packageName.startsWith(parent + ".");
    }
}
