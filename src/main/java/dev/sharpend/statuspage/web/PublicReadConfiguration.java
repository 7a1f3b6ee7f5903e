package dev.sharpend.statuspage.web;

import dev.sharpend.statuspage.StatusSnapshots;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class PublicReadConfiguration {

	/**
	 * Ahead of the security filter chain (order -100) so public reads skip it, and after
	 * the metrics filter so they are still counted.
	 */
	@Bean
	FilterRegistrationBean<PublicSnapshotFilter> publicSnapshotFilter(StatusSnapshots snapshots,
			SnapshotServer server) {
		FilterRegistrationBean<PublicSnapshotFilter> registration = new FilterRegistrationBean<>(
				new PublicSnapshotFilter(snapshots, server));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
