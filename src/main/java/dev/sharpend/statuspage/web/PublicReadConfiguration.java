package dev.sharpend.statuspage.web;

import dev.sharpend.statuspage.StatusSnapshots;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class PublicReadConfiguration {

	/**
	 * First of all filters: public reads skip the security chain and the per-request
	 * observation (metrics and tracing), which together cost more than serving the bytes.
	 */
	@Bean
	FilterRegistrationBean<PublicSnapshotFilter> publicSnapshotFilter(StatusSnapshots snapshots,
			SnapshotServer server) {
		FilterRegistrationBean<PublicSnapshotFilter> registration = new FilterRegistrationBean<>(
				new PublicSnapshotFilter(snapshots, server));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
