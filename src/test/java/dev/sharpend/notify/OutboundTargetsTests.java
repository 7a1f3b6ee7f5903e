package dev.sharpend.notify;

import java.net.InetAddress;
import java.net.URI;

import dev.sharpend.system.RequestRejected;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class OutboundTargetsTests {

	private final OutboundTargets guarded = new OutboundTargets(properties(false));

	@Test
	void internalAddressesAreRecognisedIncludingIpv4InIpv6Dress() throws Exception {
		for (String internal : new String[] { "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
				"0.0.0.0", "100.64.0.1", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "64:ff9b::a9fe:a9fe" }) {
			assertThat(OutboundTargets.internal(InetAddress.getByName(internal))).as(internal).isTrue();
		}
		for (String external : new String[] { "93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1" }) {
			assertThat(OutboundTargets.internal(InetAddress.getByName(external))).as(external).isFalse();
		}
	}

	@Test
	void ipv6TransitionPrefixesCountAsInternal() throws Exception {
		for (String transition : new String[] { "64:ff9b:1::a9fe:a9fe", "64:ff9b:1:ffff::1", "2002:7f00:1::1",
				"2002:a9fe:a9fe::", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:0:ffff::1" }) {
			assertThat(OutboundTargets.internal(InetAddress.getByName(transition))).as(transition).isTrue();
		}
		// Neighbours of those prefixes are ordinary global addresses.
		for (String global : new String[] { "2001:db9::1", "2001:4860:4860::8888", "2003::1", "64:ff9b:2::1" }) {
			assertThat(OutboundTargets.internal(InetAddress.getByName(global))).as(global).isFalse();
		}
	}

	@Test
	void savingALoopbackUrlIsRefusedWithAMessageNamingTheSetting() {
		assertThatExceptionOfType(RequestRejected.class)
			.isThrownBy(() -> this.guarded.checkSaved("http://localhost:8080/hook", "url"))
			.withMessageContaining("SHARPEND_NOTIFY_ALLOW_PRIVATE_TARGETS")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("url"));
		assertThatExceptionOfType(RequestRejected.class)
			.isThrownBy(() -> this.guarded.checkSaved("http://[::ffff:10.0.0.1]/hook", "url"));
	}

	@Test
	void sendingIsCheckedAgainstTheAddressTheNameResolvesToThen() {
		assertThatExceptionOfType(DeliveryFailed.class)
			.isThrownBy(() -> this.guarded.checkSending(URI.create("http://localhost:9/hook")))
			.withMessageContaining("127.0.0.1");
	}

	@Test
	void privateTargetsPassWhenAllowed() {
		OutboundTargets allowing = new OutboundTargets(properties(true));
		assertThatNoException().isThrownBy(() -> allowing.checkSaved("http://127.0.0.1:8080/hook", "url"));
		assertThatNoException().isThrownBy(() -> allowing.checkSending(URI.create("http://localhost:9/hook")));
	}

	private static NotifyProperties properties(boolean allowPrivate) {
		return new NotifyProperties(null, null, null, null, null, null, null, allowPrivate, null);
	}

}
