package org.eveseat.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * Transactions are demarcated by {@code adapter.persistence.TransactionRequired}, never by
 * {@code jakarta.transaction.Transactional}: Payara's interceptor for it shares its saved state between the
 * threads calling one bean, and so left batch jobs unable to begin, commit or roll back their chunks (docs/STACK.md).
 */
final class TransactionRules {
    private static final String PAYARAS = "jakarta.transaction.Transactional";

    private TransactionRules() {
    }

    static ArchRule noPayaraTransactionalInterceptor() {
        ArchRule classes = noClasses().should().beAnnotatedWith(PAYARAS).allowEmptyShould(false);
        ArchRule methods = noMethods().should().beAnnotatedWith(PAYARAS).allowEmptyShould(false);
        return CompositeArchRule.of(classes).and(methods)
                .as("no class or method is @Transactional; @TransactionRequired demarcates transactions");
    }
}
