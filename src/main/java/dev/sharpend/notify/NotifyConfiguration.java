package dev.sharpend.notify;

import dev.sharpend.system.SqlDialect;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class NotifyConfiguration {

	@Bean
	DeliveryClaims deliveryClaims(SqlDialect dialect, JdbcClient jdbc, DeliveryRepository deliveries) {
		return switch (dialect) {
			case POSTGRESQL -> new PostgresDeliveryClaims(jdbc);
			case H2 -> new H2DeliveryClaims(jdbc, deliveries);
		};
	}

	/**
	 * Unsubscribe links are posted by mail clients (RFC 8058 one-click), which carry no
	 * CSRF token; the unguessable token in the URL is the credential, and it can do
	 * nothing but end that one subscription.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain unsubscribeFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/unsubscribe/**")
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(
					"default-src 'self'; style-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'")));
		return http.build();
	}

}
