package dev.sharpend.statuspage.web;

import dev.sharpend.statuspage.StatusSnapshots;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class PublicReadConfiguration {

	/** Fits the benchmark's page (19 KB) and summary.json (11 KB) with their headers. */
	static final int WRITE_BUFFER_BYTES = 32 * 1024;

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

	/**
	 * Lets a whole status document and its headers leave in one socket write. Tomcat's
	 * default 8 KB write buffer cut summary.json into two writes and the page into three,
	 * which cost a quarter of the identity throughput against nginx's sendfile. The
	 * buffers are direct, so the larger size per open connection is kept out of the heap.
	 */
	@Bean
	TomcatConnectorCustomizer wholeDocumentWrites() {
		return (connector) -> {
			connector.setProperty("socket.appWriteBufSize", String.valueOf(WRITE_BUFFER_BYTES));
			connector.setProperty("socket.directBuffer", "true");
		};
	}

}
