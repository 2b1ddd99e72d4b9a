package org.eveseat.adapter.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.UserTransaction;

/**
 * Demarcates {@link TransactionRequired} beans through the standard {@link UserTransaction}. Payara's interceptor
 * for {@code @Transactional} keeps the calling invocation's "user transactions allowed" flag in a field of the
 * interceptor, which is shared by every thread calling one application-scoped bean: when a call nested in a unit
 * of work and a call of its own overlap, the second thread restores the first one's "not allowed" onto its own
 * invocation. A managed executor copies that invocation into the tasks it submits, so a batch job inherited it,
 * and JBatch's own {@code UserTransaction.begin}, {@code commit} and {@code rollback} of a chunk were refused
 * ("Operation not allowed"): a chunk failed, or its transaction was never committed nor rolled back and held its
 * rows. Nothing in the application sets that flag any more.
 */
@TransactionRequired
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class TransactionRequiredInterceptor {
    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @AroundInvoke
    public Object inTransaction(InvocationContext call) throws Exception {
        return new RequiredTransaction(transaction).around(call::proceed);
    }
}
