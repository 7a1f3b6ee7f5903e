package dev.sharpend.identity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads a signed-in user on every request, so that deactivation ends their sessions
 * and role changes apply at once, on every node, without a session registry.
 */
class SessionRefreshFilter extends OncePerRequestFilter {

	private final SharpendUserDetailsService users;

	private final ApiTokens tokens;

	SessionRefreshFilter(SharpendUserDetailsService users, ApiTokens tokens) {
		this.users = users;
		this.tokens = tokens;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/favicon");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof UserBacked backed
				&& !(backed instanceof TokenCaller)) {
			SignedInUser current = this.users.reload(backed.userId());
			if (current == null) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (!names(current.getAuthorities()).equals(names(authentication.getAuthorities()))) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(refreshed(authentication, current.getAuthorities()));
				SecurityContextHolder.setContext(context);
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
				}
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * The same sign-in with the user's current permissions. It keeps the kind of sign-in
	 * (password or single sign-on) and the factors it proved, which are not permissions.
	 */
	private static Authentication refreshed(Authentication authentication,
			Collection<? extends GrantedAuthority> permissions) {
		List<GrantedAuthority> authorities = new ArrayList<>(permissions);
		authentication.getAuthorities()
			.stream()
			.filter(FactorGrantedAuthority.class::isInstance)
			.forEach(authorities::add);
		if (authentication instanceof OAuth2AuthenticationToken oauth) {
			return new OAuth2AuthenticationToken(oauth.getPrincipal(), authorities,
					oauth.getAuthorizedClientRegistrationId());
		}
		return UsernamePasswordAuthenticationToken.authenticated(authentication.getPrincipal(), null, authorities);
	}

	private static Set<String> names(Collection<? extends GrantedAuthority> authorities) {
		Set<String> names = new HashSet<>();
		authorities.stream()
			.filter((authority) -> !(authority instanceof FactorGrantedAuthority))
			.forEach((authority) -> names.add(authority.getAuthority()));
		return names;
	}

}
