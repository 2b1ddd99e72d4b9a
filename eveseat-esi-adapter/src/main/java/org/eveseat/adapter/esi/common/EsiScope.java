package org.eveseat.adapter.esi.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The SSO scope an ESI client method needs; checked against the spec, absent on public routes. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EsiScope {
    String value();
}
