package dev.sharpend.statuspage.metric;

import java.net.URI;

import org.junit.jupiter.api.Test;

import dev.sharpend.system.RequestRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrometheusTargetsTests {

	@Test
	void internalAddressesAreRefusedWhenSavedAndWhenQueried() {
		PrometheusTargets targets = new PrometheusTargets("");
		assertThatThrownBy(() -> targets.checkSaved("http://169.254.169.254/latest/?x=", "prometheusUrl"))
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> assertThat(ex.field()).isEqualTo("prometheusUrl"));
		assertThat(targets.refusedForSending(URI.create("http://127.0.0.1:9090"))).isPresent();
		assertThat(targets.refusedForSending(URI.create("http://[::ffff:10.0.0.1]:9090"))).isPresent();
		assertThat(targets.refusedForSending(URI.create("http://203.0.113.10:9090"))).isEmpty();
	}

	@Test
	void listedHostsAndHostPortsMayBeInternal() {
		PrometheusTargets targets = new PrometheusTargets(" 10.0.0.5 , 127.0.0.1:9090,[::1]:9090");
		assertThatCode(() -> targets.checkSaved("http://10.0.0.5:1234", "prometheusUrl")).doesNotThrowAnyException();
		assertThat(targets.refusedForSending(URI.create("http://127.0.0.1:9090/prom"))).isEmpty();
		assertThat(targets.refusedForSending(URI.create("http://[::1]:9090"))).isEmpty();
		assertThat(targets.refusedForSending(URI.create("http://127.0.0.1:9091"))).isPresent();
		assertThat(targets.refusedForSending(URI.create("http://[::1]:9091"))).isPresent();
	}

}
