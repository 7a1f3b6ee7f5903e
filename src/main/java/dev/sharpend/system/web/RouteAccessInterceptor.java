package dev.sharpend.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.system.RouteAccess;

import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces each route's declared {@link RouteAccess}. Anonymous callers of a protected
 * route get an authentication error (401, or the login page for HTML); signed-in callers
 * without the permission get 403. Routes that declare nothing are refused, so a forgotten
 * declaration fails closed.
 */
class RouteAccessInterceptor implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(RouteAccessInterceptor.class);

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)
				|| AbstractErrorController.class.isAssignableFrom(method.getBeanType())) {
			return true;
		}
		RouteAccess access = RouteAccess.of(method);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		switch (access.kind()) {
			case PUBLIC, KEY -> {
				return true;
			}
			case UNDECLARED -> {
				log.error("Route {} declares no access rule; refusing it", method.getShortLogMessage());
				throw new AccessDeniedException("This route declares no access rule");
			}
			default -> {
				if (!signedIn) {
					throw new AuthenticationCredentialsNotFoundException(
							"Sign in or send an API token to use this route");
				}
				if (access.kind() == RouteAccess.Kind.PERMISSION && !access.permission().isHeldBy(authentication)) {
					throw new AccessDeniedException("This needs the permission " + access.permission().code());
				}
				return true;
			}
		}
	}

}
