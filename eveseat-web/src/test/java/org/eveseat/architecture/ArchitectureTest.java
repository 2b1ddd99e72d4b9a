package org.eveseat.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the rules of {@link ArchitectureRules} against the production classes of every module. This module
 * depends on all others, so their classes are on the test class path, as JARs or as target/classes directories.
 */
class ArchitectureTest {
    static final String ROOT = "org.eveseat";

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(new DoNotIncludeTestJars())
                .importPackages(ROOT);
    }

    @Test
    void importsTheProductionClassesOfEveryModule() {
        assertThat(production.stream().map(JavaClass::getName)).contains(
                "org.eveseat.domain.wallet.service.SyncWalletBalanceService",
                "org.eveseat.adapter.esi.wallet.EsiWalletAdapter",
                "org.eveseat.adapter.persistence.wallet.JpaWalletBalanceRepository",
                "org.eveseat.adapter.batch.scheduler.SyncScheduler",
                "org.eveseat.adapter.web.rest.wallet.WalletResource",
                "org.eveseat.adapter.web.wiring.WalletServices");
    }

    @Test
    void leavesTestClassesOut() {
        assertThat(production.stream().map(JavaClass::getName))
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("org.eveseat.archfixture."))
                .noneMatch(name -> name.startsWith("org.eveseat.architecture."))
                // the fake ESI of the esi-adapter test JAR that this module's tests use
                .doesNotContain("org.eveseat.fake.FakeEsi");
    }

    @Test
    void domainDependsOnlyOnJdk() {
        ArchitectureRules.domainDependsOnlyOnJdk(ROOT).check(production);
    }

    @Test
    void adaptersDoNotTouchDomainServices() {
        ArchitectureRules.adaptersDoNotTouchDomainServices(ROOT).check(production);
    }

    @Test
    void drivingAdaptersUseOnlyInPorts() {
        ArchitectureRules.drivingAdaptersUseOnlyInPorts(ROOT).check(production);
    }

    @Test
    void portsHoldOnlyContracts() {
        ArchitectureRules.portsHoldOnlyContracts(ROOT).check(production);
    }

    @Test
    void frameworksStayInTheirAdapters() {
        ArchitectureRules.frameworksStayInTheirAdapters(ROOT).check(production);
    }

    @Test
    void featureSlicesUseOnlyEachOthersPortsAndModel() {
        ArchitectureRules.featureSlicesUseOnlyEachOthersPortsAndModel(ROOT).check(production);
    }

    @Test
    void transactionsAreDemarcatedByOurOwnInterceptor() {
        TransactionRules.noPayaraTransactionalInterceptor().check(production);
    }

    @Test
    void theTransactionRuleCanFail() {
        JavaClasses offender = new ClassFileImporter().importClasses(UsesPayarasInterceptor.class);
        assertThatThrownBy(() -> TransactionRules.noPayaraTransactionalInterceptor().check(offender))
                .hasMessageContaining(UsesPayarasInterceptor.class.getSimpleName());
    }

    @jakarta.transaction.Transactional
    static final class UsesPayarasInterceptor {
        @jakarta.transaction.Transactional
        void write() {
            // the annotations are the point
        }
    }

    /**
     * {@link ImportOption.Predefined#DO_NOT_INCLUDE_TESTS} recognises test-classes directories, but not the test
     * JARs other modules publish for reuse in tests (here eveseat-esi-adapter's), nor the fake EVE servers, a
     * module of their own that only tests depend on.
     */
    static final class DoNotIncludeTestJars implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*|.*/eveseat-fake-eve[/-].*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }
}
