package testsupport.oidc;

import java.util.List;
import java.util.UUID;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Spring Authorization Server as Boot auto-configures it (OIDC endpoints, form login,
 * generated signing key), with Sharpend's client and the test people. Sharpend's database
 * auto-configuration, and the event publication registry that needs it, are on the class
 * path and excluded here.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
		"org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
		"org.springframework.modulith.events.config.EventPublicationAutoConfiguration" })
class OidcProviderApplication {

	@Bean
	RegisteredClientRepository clients() {
		RegisteredClient sharpend = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(OidcProvider.CLIENT_ID)
			.clientSecret("{noop}" + OidcProvider.CLIENT_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			// A loopback IP address matches a request for any port (RFC 8252), so the
			// client fits Sharpend's random test port.
			.redirectUri("http://127.0.0.1/login/oauth2/code/oidc")
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.EMAIL)
			.scope(OidcScopes.PROFILE)
			// Refuses requests without PKCE, proving Sharpend sends it.
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.build();
		return new InMemoryRegisteredClientRepository(sharpend);
	}

	@Bean
	UserDetailsService accounts(People people) {
		return new InMemoryUserDetailsManager(people.all()
			.stream()
			.map((person) -> User.withUsername(person.username())
				.password("{noop}" + OidcProvider.PASSWORD)
				.roles("USER")
				.build())
			.toList());
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(People people) {
		return (context) -> {
			if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				return;
			}
			OidcProvider.Person person = people.find(context.getPrincipal().getName());
			context.getClaims().claim("name", person.name());
			if (person.email() != null) {
				context.getClaims().claim("email", person.email());
			}
			if (person.emailVerified() != null) {
				context.getClaims().claim("email_verified", person.emailVerified());
			}
		};
	}

	record People(List<OidcProvider.Person> all) {

		OidcProvider.Person find(String username) {
			return this.all.stream().filter((person) -> person.username().equals(username)).findFirst().orElseThrow();
		}

	}

}
