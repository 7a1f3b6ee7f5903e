package dev.sharpend.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a route that authenticates its callers itself with a credential of its own (an
 * integration key, a signing secret), not as a user or API token. The route must answer
 * 401 when the credential is missing or wrong; the route-permission test checks that.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface KeyAuthenticated {

	/** What the credential is, such as "the integration key". */
	String value();

}
