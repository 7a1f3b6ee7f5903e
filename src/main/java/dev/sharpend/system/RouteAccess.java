package dev.sharpend.system;

import java.lang.reflect.AnnotatedElement;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The access rule a controller route declares, read from its annotations (method first,
 * then class).
 *
 * @param kind what kind of caller may use the route
 * @param permission the permission needed, for {@link Kind#PERMISSION}
 */
public record RouteAccess(Kind kind, Permission permission) {

	/** Who may call a route. */
	public enum Kind {

		/** Anyone, signed in or not. */
		PUBLIC,

		/** Callers holding the route's own credential, such as an integration key. */
		KEY,

		/** Any signed-in user or valid token. */
		SIGNED_IN,

		/** Callers holding {@link RouteAccess#permission()}. */
		PERMISSION,

		/** The route declares nothing and is refused to everyone. */
		UNDECLARED

	}

	public static RouteAccess of(HandlerMethod handler) {
		RouteAccess onMethod = declaredOn(handler.getMethod());
		return (onMethod.kind() != Kind.UNDECLARED) ? onMethod : declaredOn(handler.getBeanType());
	}

	private static RouteAccess declaredOn(AnnotatedElement element) {
		RequiresPermission requires = AnnotatedElementUtils.findMergedAnnotation(element, RequiresPermission.class);
		if (requires != null) {
			return new RouteAccess(Kind.PERMISSION, requires.value());
		}
		if (AnnotatedElementUtils.hasAnnotation(element, SignedIn.class)) {
			return new RouteAccess(Kind.SIGNED_IN, null);
		}
		if (AnnotatedElementUtils.hasAnnotation(element, KeyAuthenticated.class)) {
			return new RouteAccess(Kind.KEY, null);
		}
		if (AnnotatedElementUtils.hasAnnotation(element, PublicRoute.class)) {
			return new RouteAccess(Kind.PUBLIC, null);
		}
		return new RouteAccess(Kind.UNDECLARED, null);
	}

}
