package dev.sharpend.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a route open to anyone, such as the login page or a public status page. The
 * reason is required so that reviewers see why the route is open.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicRoute {

	/** Why anyone may call this route. */
	String value();

}
