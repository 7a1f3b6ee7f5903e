package dev.sharpend.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import testsupport.oidc.Browser;
import testsupport.oidc.OidcProvider;
import testsupport.oidc.OidcProvider.Person;

import dev.sharpend.audit.AuditEvent;
import dev.sharpend.audit.AuditFilter;
import dev.sharpend.audit.AuditLog;
import dev.sharpend.test.OwnApplication;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OpenID provider (Spring Authorization Server) started
 * before Sharpend, driven through the provider's sign-in form like a browser.
 */
@SharpendIntegrationTest
@OwnApplication
class OidcSignInIntegrationTests {

	static final OidcProvider provider = OidcProvider
		.start(List.of(new Person("nora", "nora.newcomer@corp.test", true, "Nora Newcomer"),
				new Person("grace", "grace.hopper@corp.test", true, "Grace Hopper"),
				new Person("dora", "dora.deactivated@corp.test", null, "Dora Deactivated"),
				new Person("uma", "uma.unverified@corp.test", false, "Uma Unverified"),
				new Person("eve", "eve.leaving@corp.test", true, "Eve Leaving"),
				new Person("noemail", null, null, "No E-Mail")));

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	SwitchableSettings settings;

	@DynamicPropertySource
	static void singleSignOn(DynamicPropertyRegistry registry) {
		registry.add("sharpend.identity.oidc.issuer", provider::issuer);
		registry.add("sharpend.identity.oidc.client-id", () -> OidcProvider.CLIENT_ID);
		registry.add("sharpend.identity.oidc.client-secret", () -> OidcProvider.CLIENT_SECRET);
		registry.add("sharpend.identity.oidc.default-role", () -> "Responder");
		registry.add("sharpend.identity.oidc.label", () -> "Sign in with Corp ID");
	}

	@AfterAll
	static void stopProvider() {
		provider.close();
	}

	@AfterEach
	void restoreSettings() {
		this.settings.override(null);
	}

	@Test
	void createsUserWithDefaultRoleAtFirstSignIn() {
		Browser browser = new Browser();

		HttpResponse<String> landed = browser.signInWithSingleSignOn(base(), "nora");

		assertThat(landed.headers().firstValue("Location")).hasValue(base() + "/home");
		HttpResponse<String> home = browser.get(URI.create(base() + "/home"));
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("title=\"nora.newcomer@corp.test\"");
		User user = user("nora.newcomer@corp.test");
		assertThat(this.accounts.roleName(user.roleId())).isEqualTo("Responder");
		assertThat(user.displayName()).isEqualTo("Nora Newcomer");
		assertThat(user.passwordHash()).isNull();
		assertThat(user.lastLoginAt()).isNotNull();
		assertThat(created("nora.newcomer@corp.test")).singleElement()
			.satisfies((event) -> assertThat(event.summary()).contains("role=Responder", "via=oidc"));
	}

	@Test
	void signingInAgainMatchesTheUserCreatedTheFirstTime() {
		new Browser().signInWithSingleSignOn(base(), "eve");
		HttpResponse<String> again = new Browser().signInWithSingleSignOn(base(), "eve");

		assertThat(again.headers().firstValue("Location")).hasValue(base() + "/home");
		assertThat(usersWithEmail("eve.leaving@corp.test")).isEqualTo(1);
		assertThat(created("eve.leaving@corp.test")).hasSize(1);
	}

	@Test
	void matchesExistingUserByEmailInAnyCaseAndKeepsTheirRole() {
		User existing = this.accounts.create(
				new Accounts.NewUser("Grace.Hopper@Corp.TEST", "Grace", "a long enough password", RoleId.ADMIN),
				"direct");
		Browser browser = new Browser();

		browser.signInWithSingleSignOn(base(), "grace");

		HttpResponse<String> home = browser.get(URI.create(base() + "/home"));
		assertThat(home.body()).contains("title=\"Grace.Hopper@Corp.TEST\"", "Reviews waiting");
		assertThat(usersWithEmail("grace.hopper@corp.test")).isEqualTo(1);
		assertThat(this.accounts.require(existing.id()).lastLoginAt()).isNotNull();
		assertThat(created("grace.hopper@corp.test")).singleElement()
			.satisfies((event) -> assertThat(event.summary()).contains("via=direct"));
	}

	@Test
	void refusesDeactivatedUserWithExplanation() {
		User dora = this.accounts.create(
				new Accounts.NewUser("dora.deactivated@corp.test", null, "a long enough password", RoleId.VIEWER),
				"direct");
		this.accounts.setActive(dora.id(), false, user(TestKeys.ADMIN_EMAIL).id());
		Browser browser = new Browser();

		HttpResponse<String> landed = browser.signInWithSingleSignOn(base(), "dora");

		assertThat(landed.headers().firstValue("Location")).hasValue(base() + "/login?sso=deactivated");
		assertThat(browser.get(URI.create(base() + "/login?sso=deactivated")).body())
			.contains("Your Sharpend account is deactivated");
		assertThat(browser.get(URI.create(base() + "/home")).statusCode()).isEqualTo(302);
		assertThat(this.accounts.require(dora.id()).lastLoginAt()).isNull();
	}

	@Test
	void roleChangesAndDeactivationApplyToARunningSingleSignOnSession() {
		Browser browser = new Browser();
		browser.signInWithSingleSignOn(base(), "eve");
		UserId eve = user("eve.leaving@corp.test").id();
		UserId admin = user(TestKeys.ADMIN_EMAIL).id();
		this.accounts.changeRole(eve, RoleId.VIEWER);
		assertThat(browser.get(URI.create(base() + "/home")).body()).doesNotContain("Reviews waiting");

		this.accounts.changeRole(eve, RoleId.ADMIN);
		assertThat(browser.get(URI.create(base() + "/home")).body()).contains("Reviews waiting");

		this.accounts.setActive(eve, false, admin);
		HttpResponse<String> home = browser.get(URI.create(base() + "/home"));
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValue(base() + "/login");
		this.accounts.setActive(eve, true, admin);
		this.accounts.changeRole(eve, RoleId.VIEWER);
	}

	@Test
	void refusesEmailTheProviderHasNotVerified() {
		HttpResponse<String> landed = new Browser().signInWithSingleSignOn(base(), "uma");

		assertThat(landed.headers().firstValue("Location")).hasValue(base() + "/login?sso=email_unverified");
		assertThat(usersWithEmail("uma.unverified@corp.test")).isZero();
	}

	@Test
	void refusesSignInWithoutEmail() {
		HttpResponse<String> landed = new Browser().signInWithSingleSignOn(base(), "noemail");

		assertThat(landed.headers().firstValue("Location")).hasValue(base() + "/login?sso=email_missing");
	}

	@Test
	void providerThatIsDownLeadsToAnExplanationOnTheSignInPage() {
		this.settings.override(new OidcSettings.Values("http://127.0.0.1:" + unusedPort(), OidcProvider.CLIENT_ID,
				OidcProvider.CLIENT_SECRET, "Viewer", "Sign in with Corp ID"));
		Browser browser = new Browser();

		HttpResponse<String> landed = browser.signInWithSingleSignOn(base(), "nora");

		assertThat(landed.headers().firstValue("Location")).hasValue(base() + "/login?sso=unavailable");
		assertThat(browser.get(URI.create(base() + "/login?sso=unavailable")).body())
			.contains("The single sign-on provider cannot be reached right now");
	}

	@Test
	void signInPageOffersSingleSignOnOnlyWhenConfigured() {
		Browser browser = new Browser();
		assertThat(browser.get(URI.create(base() + "/login")).body()).contains("/oauth2/authorization/oidc",
				"Sign in with Corp ID");

		this.settings.override(OidcSettings.Values.off());

		assertThat(browser.get(URI.create(base() + "/login")).body()).doesNotContain("/oauth2/authorization/oidc");
		assertThat(browser.signInWithSingleSignOn(base(), "nora").headers().firstValue("Location"))
			.hasValue(base() + "/login?sso=off");
	}

	private String base() {
		// A loopback address rather than "localhost": the provider accepts any port for
		// it.
		return "http://127.0.0.1:" + this.port;
	}

	private User user(String email) {
		return this.accounts.users()
			.stream()
			.filter((user) -> user.email().equalsIgnoreCase(email))
			.findFirst()
			.orElseThrow();
	}

	private long usersWithEmail(String email) {
		return this.accounts.users().stream().filter((user) -> user.email().equalsIgnoreCase(email)).count();
	}

	private List<AuditEvent> created(String email) {
		return this.audit.find(AuditFilter.action("user.created"), 0, 1000)
			.stream()
			.filter((event) -> event.summary().toLowerCase().contains("email=" + email))
			.toList();
	}

	private static int unusedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The configured settings, or others a test puts in their place. */
	static class SwitchableSettings implements OidcSettings {

		private final OidcSettings configured;

		private volatile Values override;

		SwitchableSettings(OidcSettings configured) {
			this.configured = configured;
		}

		void override(Values values) {
			this.override = values;
		}

		@Override
		public Values current() {
			Values override = this.override;
			return (override != null) ? override : this.configured.current();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Settings {

		@Bean
		@Primary
		SwitchableSettings switchableSettings(StoredOidcSettings configured) {
			return new SwitchableSettings(configured);
		}

	}

}
