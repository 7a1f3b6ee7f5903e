package dev.sharpend.identity;

import jakarta.servlet.http.HttpServletRequest;

import dev.sharpend.system.Permission;
import dev.sharpend.system.SharpendProperties;
import dev.sharpend.system.ProblemResponses;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * How callers prove who they are: password sign-in with a hardened session cookie, API
 * tokens as bearer credentials (on the API and the actuator endpoints only), and (when
 * configured) OIDC single sign-on. What each route allows is declared on the route itself
 * and enforced by the route-access interceptor; this chain adds CSRF, security headers
 * and the actuator rules.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Alert intake authenticates by integration key in its controllers, so it needs no
	 * session, sign-in, CSRF or token filters; the busiest route then runs the fewest.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain hookFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/hooks/**")
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.logout((logout) -> logout.disable())
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint())
				.accessDeniedHandler(accessDeniedHandler()));
		return http.build();
	}

	/**
	 * The JSON API accepts API tokens only: no session, so no cookie can be abused
	 * cross-site and CSRF tokens are not needed.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, SharpendProperties properties)
			throws Exception {
		http.securityMatcher("/api/**", "/compat/**")
			.addFilterBefore(new TokenAuthenticationFilter(tokens, properties),
					UsernamePasswordAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.csrf((csrf) -> csrf.disable())
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint())
				.accessDeniedHandler(accessDeniedHandler()));
		return http.build();
	}

	/**
	 * The actuator endpoints take API tokens (and the scrape token) so that monitoring
	 * can read them, and a signed-in administrator's session. Only a request that a token
	 * actually authenticated skips CSRF, which no browser can forge cross-site.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain actuatorFilterChain(HttpSecurity http, ApiTokens tokens, SharpendUserDetailsService users,
			SharpendProperties properties) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.addFilterBefore(new TokenAuthenticationFilter(tokens, properties), CsrfFilter.class)
			.addFilterAfter(new SessionRefreshFilter(users, tokens), SecurityContextHolderFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((authorize) -> authorize.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				// Build and JVM versions help an attacker pick exploits.
				.requestMatchers(EndpointRequest.to("info"))
				.authenticated()
				.requestMatchers(EndpointRequest.to("prometheus"))
				.hasAnyAuthority(Permission.SETTINGS_ADMIN.code(), TokenAuthenticationFilter.SCRAPE_AUTHORITY)
				.anyRequest()
				.hasAuthority(Permission.SETTINGS_ADMIN.code()))
			.csrf((csrf) -> csrf.ignoringRequestMatchers(TokenAuthenticationFilter::authenticatedByToken))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint())
				.accessDeniedHandler(accessDeniedHandler()));
		return http.build();
	}

	/**
	 * Pages and forms, for browsers: password or single sign-on sessions only. API tokens
	 * are not accepted here, so a token cannot reach what its scope does not cover (such
	 * as minting broader tokens on the account page), and every form needs its CSRF
	 * token.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, SharpendUserDetailsService users,
			Passwords passwords, LoginThrottle throttle, OidcLogin oidc) throws Exception {
		http.authenticationProvider(new ThrottledAuthenticationProvider(users, passwords.encoder(), throttle))
			.addFilterAfter(new SessionRefreshFilter(users, tokens), SecurityContextHolderFilter.class)
			.authorizeHttpRequests(
					(authorize) -> authorize.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
						.permitAll()
						// Every other route declares its own rule (see
						// RouteAccessInterceptor).
						.anyRequest()
						.permitAll())
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.defaultSuccessUrl("/home", false)
				.failureHandler(SecurityConfiguration::signInFailed))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint())
				.accessDeniedHandler(accessDeniedHandler()))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
				// The status widget sets its own frame-ancestors; every other page
				// refuses framing.
				.frameOptions((frame) -> frame.disable())
				.addHeaderWriter(
						new org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter(
								(request) -> !isFramableWidget(request),
								new org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter(
										org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
				.referrerPolicy((referrer) -> referrer.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		oidc.configure(http);
		return http.build();
	}

	/** Marks the session cookie Secure when Sharpend is served over HTTPS. */
	@Bean
	ServletContextInitializer secureSessionCookie(SharpendProperties properties) {
		return (servletContext) -> servletContext.getSessionCookieConfig().setSecure(properties.secureCookies());
	}

	private static void signInFailed(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
			org.springframework.security.core.AuthenticationException ex) throws java.io.IOException {
		boolean locked = ex instanceof org.springframework.security.authentication.LockedException
				|| ex.getCause() instanceof org.springframework.security.authentication.LockedException;
		response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
	}

	private static boolean isFramableWidget(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/widget") || path.matches("/p/[a-z0-9-]{1,60}/widget");
	}

	private static AuthenticationEntryPoint entryPoint() {
		LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		return (request, response, ex) -> {
			if (ProblemResponses.wantsProblem(request)) {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
				ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
						"Authentication required: send Authorization: Bearer <API token>.");
			}
			else if (TokenAuthenticationFilter.bearerValue(request).isPresent()) {
				ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
						"API tokens work only on the API (/api/..., /compat/...) and the actuator endpoints; "
								+ "sign in to use Sharpend's pages and forms.");
			}
			else {
				login.commence(request, response, ex);
			}
		};
	}

	private static AccessDeniedHandler accessDeniedHandler() {
		AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
		return (request, response, ex) -> {
			if (ProblemResponses.wantsProblem(request)) {
				ProblemResponses.write(request, response, HttpStatus.FORBIDDEN,
						(ex.getMessage() != null && ex.getMessage().startsWith("This ")) ? ex.getMessage()
								: "You do not have the permission this needs.");
			}
			else {
				page.handle(request, response, ex);
			}
		};
	}

}
