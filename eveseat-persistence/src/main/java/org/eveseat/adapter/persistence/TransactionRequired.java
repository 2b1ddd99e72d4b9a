package org.eveseat.adapter.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * A bean's methods run in the caller's transaction, or in one of their own that commits when they return: what
 * {@code @Transactional(REQUIRED)} means, without Payara's interceptor for it ({@link TransactionRequiredInterceptor}
 * says why).
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TransactionRequired {
}
