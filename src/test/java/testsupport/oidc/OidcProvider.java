package testsupport.oidc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID provider for tests: Spring Authorization Server in its own application
 * context on a random loopback port, with the client {@link #CLIENT_ID} registered for
 * Sharpend and one account per {@link Person}, all with the password {@link #PASSWORD}.
 * It lives outside {@code dev.sharpend} so Sharpend's component scan never sees it, and
 * reads no {@code application.properties}.
 */
public final class OidcProvider implements AutoCloseable {

	public static final String CLIENT_ID = "sharpend";

	public static final String CLIENT_SECRET = "sharpend-test-client-secret";

	public static final String PASSWORD = "provider-password";

	private final ConfigurableApplicationContext context;

	private OidcProvider(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts a provider that knows the given people. */
	public static OidcProvider start(List<Person> people) {
		SpringApplication application = new SpringApplication(OidcProviderApplication.class);
		Map<String, Object> properties = new HashMap<>();
		properties.put("spring.config.name", "oidc-provider");
		properties.put("spring.main.banner-mode", "off");
		properties.put("server.port", "0");
		properties.put("server.address", "127.0.0.1");
		// Cookies are shared between ports of one host; a name of its own keeps the
		// provider's session apart from Sharpend's.
		properties.put("server.servlet.session.cookie.name", "OIDC_PROVIDER_SESSION");
		properties.put("management.endpoints.access.default", "none");
		application.setDefaultProperties(properties);
		application.addInitializers((context) -> context.getBeanFactory()
			.registerSingleton("people", new OidcProviderApplication.People(people)));
		return new OidcProvider(application.run());
	}

	/** The issuer URL, which is also where its discovery document is served. */
	public String issuer() {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * An account at the provider.
	 *
	 * @param username what the person types into the provider's sign-in form
	 * @param email the {@code email} claim, or null to send none
	 * @param emailVerified the {@code email_verified} claim, or null to send none
	 * @param name the {@code name} claim
	 */
	public record Person(String username, String email, Boolean emailVerified, String name) {
	}

}
