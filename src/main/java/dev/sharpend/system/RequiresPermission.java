package dev.sharpend.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the permission a route needs. Every controller route declares exactly one of
 * {@link RequiresPermission}, {@link SignedIn}, {@link KeyAuthenticated} or
 * {@link PublicRoute}; a route with none is refused at run time and fails the
 * route-permission test.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresPermission {

	Permission value();

}
