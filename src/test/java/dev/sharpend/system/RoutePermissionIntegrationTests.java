package dev.sharpend.system;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls every registered route as an anonymous caller, as a caller lacking the declared
 * permission, and as a caller holding it (API routes with tokens, pages with signed-in
 * browsers), and checks each gets what the route declares. A new route without an access
 * rule fails this test, and so does a page form that accepts an API token.
 */
@SharpendIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutePermissionIntegrationTests {

	private static final String PASSWORD = "route permission password";

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	dev.sharpend.identity.Roles roles;

	@Autowired
	dev.sharpend.identity.Accounts accounts;

	private final Map<Permission, Caller> tokensLacking = new LinkedHashMap<>();

	private final Map<Permission, Caller> browsersLacking = new LinkedHashMap<>();

	private Caller adminToken;

	private Caller adminBrowser;

	@BeforeAll
	void createCallersEachLackingOnePermission() {
		this.adminToken = Caller.token(Api.withToken(this.port, TestKeys.ADMIN_TOKEN));
		this.adminBrowser = Caller.browser(Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD));
		for (Permission missing : Permission.values()) {
			Set<Permission> others = EnumSet.complementOf(EnumSet.of(missing));
			Api.Response created = this.adminToken.api()
				.postJson("/api/v1/tokens", Map.of("name", "lacks " + missing.code(), "permissions",
						others.stream().map(Permission::code).toList()));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			this.tokensLacking.put(missing,
					Caller.token(Api.withToken(this.port, created.json().get("token").asString())));
			String unique = UUID.randomUUID().toString().substring(0, 8);
			dev.sharpend.identity.Role role = this.roles.create("lacks " + missing.code() + " " + unique, "test",
					others);
			String email = "lacks-" + unique + "@example.test";
			this.accounts.create(new dev.sharpend.identity.Accounts.NewUser(email, null, PASSWORD, role.id()), "test");
			this.browsersLacking.put(missing, Caller.browser(Api.signedIn(this.port, email, PASSWORD)));
		}
	}

	@Test
	void everyRouteDeclaresWhoMayCallIt() {
		List<String> undeclared = routes().stream()
			.filter((route) -> route.access().kind() == RouteAccess.Kind.UNDECLARED)
			.map(Route::toString)
			.toList();
		assertThat(undeclared).as("routes without @RequiresPermission, @SignedIn, @KeyAuthenticated or @PublicRoute")
			.isEmpty();
	}

	@Test
	void everyRouteAnswersEachCallerAsDeclared() {
		List<Route> routes = routes();
		assertThat(routes).hasSizeGreaterThan(5);
		List<String> failures = new ArrayList<>();
		for (Route route : routes) {
			check(route, failures);
		}
		assertThat(failures).isEmpty();
	}

	/**
	 * API tokens authenticate the API only: a page form refuses even the administrator's
	 * token (sent with a valid CSRF token, so only the bearer credential is on trial).
	 */
	@Test
	void noFormRouteAcceptsABearerToken() {
		List<Route> forms = routes().stream()
			.filter((route) -> !isTokenApi(route.path()) && !route.path().startsWith("/hooks/"))
			.filter((route) -> route.method() != RequestMethod.GET && route.method() != RequestMethod.HEAD)
			.filter((route) -> route.access().kind() == RouteAccess.Kind.SIGNED_IN
					|| route.access().kind() == RouteAccess.Kind.PERMISSION)
			.toList();
		assertThat(forms).hasSizeGreaterThan(20);
		List<String> failures = new ArrayList<>();
		for (Route route : forms) {
			Api.Response bearer = call(this.adminToken, route);
			expect(failures, route, "the administrator's API token", bearer,
					bearer.status() == 401 || bearer.status() == 403);
		}
		assertThat(failures).isEmpty();
	}

	private void check(Route route, List<String> failures) {
		boolean api = isTokenApi(route.path());
		Api.Response anonymous = call(Caller.token(Api.anonymous(this.port)), route);
		if (route.access().kind() == RouteAccess.Kind.KEY) {
			Api.Response token = call(this.adminToken, route);
			// 400 where the key travels in the body (a missing routing_key is a malformed
			// event).
			expect(failures, route, "anonymous without the key", anonymous,
					anonymous.status() == 401 || anonymous.status() == 400);
			expect(failures, route, "an API token instead of the key", token,
					token.status() == 401 || token.status() == 400);
			return;
		}
		if (route.access().kind() == RouteAccess.Kind.PUBLIC) {
			expect(failures, route, "anonymous", anonymous, !isDenied(anonymous));
			return;
		}
		boolean anonymousRefused = api ? anonymous.status() == 401
				: anonymous.status() == 302 && anonymous.header("Location").endsWith("/login")
						|| anonymous.status() == 401;
		expect(failures, route, "anonymous", anonymous, anonymousRefused);
		if (route.access().kind() == RouteAccess.Kind.PERMISSION) {
			Permission permission = route.access().permission();
			Caller lacking = api ? this.tokensLacking.get(permission) : this.browsersLacking.get(permission);
			Api.Response answer = call(lacking, route);
			expect(failures, route, "lacking " + permission, answer, answer.status() == 403);
		}
		Api.Response privileged = call(api ? this.adminToken : this.adminBrowser, route);
		boolean simpleGet = route.method() == RequestMethod.GET && !route.pattern().contains("{");
		expect(failures, route, "privileged", privileged,
				simpleGet ? privileged.status() / 100 == 2 : !isDenied(privileged) && privileged.status() < 500);
	}

	/** The token-only JSON APIs (Sharpend's own and the compatible one). */
	private static boolean isTokenApi(String path) {
		return path.startsWith("/api/") || path.startsWith("/compat/");
	}

	private static boolean isDenied(Api.Response response) {
		return response.status() == 401 || response.status() == 403
				|| response.status() == 302 && response.header("Location").endsWith("/login");
	}

	private static void expect(List<String> failures, Route route, String caller, Api.Response response, boolean ok) {
		if (!ok) {
			failures.add(route + " as " + caller + " (" + route.access().kind() + ") answered " + response.status()
					+ " " + response.header("Location"));
		}
	}

	private static Api.Response call(Caller caller, Route route) {
		Api api = caller.api();
		return switch (route.method()) {
			case GET -> api.get(route.path());
			case DELETE -> api.delete(route.path());
			case POST, PUT, PATCH -> isTokenApi(route.path()) ? api.sendJson(route.method().name(), route.path(), "{}")
					: api.submitForm(caller.formPage(), route.path(), Map.of());
			default -> api.send(route.method().name(), route.path());
		};
	}

	/**
	 * A client and a page that shows it a form with a CSRF token (the sign-in page
	 * redirects a signed-in browser away).
	 */
	record Caller(Api api, String formPage) {

		static Caller token(Api api) {
			return new Caller(api, "/login");
		}

		static Caller browser(Api api) {
			return new Caller(api, "/account");
		}

	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mapping.getHandlerMethods().entrySet()) {
			if (AbstractErrorController.class.isAssignableFrom(entry.getValue().getBeanType())) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(new Route(method, pattern, RouteAccess.of(entry.getValue())));
				}
			}
		}
		return routes;
	}

	record Route(RequestMethod method, String pattern, RouteAccess access) {

		String path() {
			// A variable restricted to alternatives ({kind:incidents|maintenances}) takes
			// the first one.
			String path = java.util.regex.Pattern.compile("\\{\\w+:([\\w-]+)(\\|[\\w|-]+)?}")
				.matcher(this.pattern)
				.replaceAll("$1");
			return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
