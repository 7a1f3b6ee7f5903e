package dev.sharpend.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.system.SharpendProperties;
import dev.sharpend.system.ProblemResponses;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests that carry {@code Authorization: Bearer <token>} (or the hosted
 * status product's {@code OAuth <token>}). The authentication lives for the request only;
 * nothing is put in a session. A token that is unknown, revoked or expired is answered
 * with 401 at once rather than treated as anonymous, so a caller learns why.
 */
class TokenAuthenticationFilter extends OncePerRequestFilter {

	static final String SCRAPE_AUTHORITY = "metrics:scrape";

	private static final String AUTHENTICATED = TokenAuthenticationFilter.class.getName() + ".authenticated";

	private final ApiTokens tokens;

	private final SharpendProperties properties;

	TokenAuthenticationFilter(ApiTokens tokens, SharpendProperties properties) {
		this.tokens = tokens;
		this.properties = properties;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		// Alert intake authenticates with integration keys of its own.
		return request.getRequestURI().startsWith(request.getContextPath() + "/hooks/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> value = bearerValue(request);
		if (value.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (isScrapeToken(request, value.get())) {
			authenticate(request, new UsernamePasswordAuthenticationToken("metrics-scraper", null,
					List.of(new SimpleGrantedAuthority(SCRAPE_AUTHORITY))));
			chain.doFilter(request, response);
			return;
		}
		Optional<TokenCaller> caller = this.tokens.authenticate(value.get());
		if (caller.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
					"The API token is unknown, revoked or expired, or its owner is deactivated. Create a new token under Settings → API tokens.");
			return;
		}
		authenticate(request, UsernamePasswordAuthenticationToken.authenticated(caller.get(), null,
				SignedInUser.authorities(caller.get().permissions())));
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * Whether a bearer token (not merely an {@code Authorization} header) authenticated
	 * the request.
	 */
	static boolean authenticatedByToken(HttpServletRequest request) {
		return request.getAttribute(AUTHENTICATED) != null;
	}

	private static void authenticate(HttpServletRequest request, UsernamePasswordAuthenticationToken authentication) {
		request.setAttribute(AUTHENTICATED, Boolean.TRUE);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
	}

	private boolean isScrapeToken(HttpServletRequest request, String value) {
		String configured = this.properties.metricsScrapeToken();
		return StringUtils.hasText(configured)
				&& request.getRequestURI().equals(request.getContextPath() + "/actuator/prometheus") && MessageDigest
					.isEqual(configured.getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
	}

	static Optional<String> bearerValue(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			return Optional.empty();
		}
		for (String scheme : List.of("Bearer ", "OAuth ")) {
			if (header.regionMatches(true, 0, scheme, 0, scheme.length())) {
				return Optional.of(header.substring(scheme.length()).strip());
			}
		}
		return Optional.empty();
	}

}
