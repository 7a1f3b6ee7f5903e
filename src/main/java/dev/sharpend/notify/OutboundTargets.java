package dev.sharpend.notify;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import dev.sharpend.system.RequestRejected;

import org.springframework.stereotype.Component;

/**
 * Keeps webhooks and chat messages away from the network Sharpend runs in: a URL whose
 * host is, or resolves to, a private, loopback, link-local or otherwise internal address
 * is refused unless {@code sharpend.notify.allow-private-targets} is set. URLs are
 * checked when they are saved and again before every send, against the address the name
 * resolves to then, so a name that is later pointed at an internal address (DNS
 * rebinding) is caught too.
 */
@Component
class OutboundTargets {

	private final boolean allowPrivate;

	OutboundTargets(NotifyProperties properties) {
		this.allowPrivate = properties.allowPrivateTargets();
	}

	/**
	 * Checks a URL someone is saving; a name that does not resolve now is accepted and
	 * checked again when sending.
	 * @param field the request field the URL came in, for the problem's message
	 * @return the URL normalised
	 */
	URI checkSaved(String url, String field) {
		URI uri;
		try {
			if (url == null || url.length() > 2000) {
				throw new IllegalArgumentException();
			}
			uri = SafeHttp.checkedUrl(url);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.invalid(field, "Give an http or https URL (without user name or password).");
		}
		Optional<InetAddress> internal = internalAddress(uri, true);
		if (internal.isPresent()) {
			throw RequestRejected.invalid(field, refusal(uri, internal.get()));
		}
		return uri;
	}

	/** Checks a URL just before sending to it. */
	void checkSending(URI uri) throws DeliveryFailed {
		Optional<InetAddress> internal;
		try {
			internal = internalAddress(uri, false);
		}
		catch (IllegalStateException ex) {
			throw new DeliveryFailed("Could not resolve " + uri.getHost() + ".");
		}
		if (internal.isPresent()) {
			throw new DeliveryFailed(refusal(uri, internal.get()));
		}
	}

	private Optional<InetAddress> internalAddress(URI uri, boolean unresolvedIsFine) {
		if (this.allowPrivate) {
			return Optional.empty();
		}
		String host = uri.getHost();
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		List<InetAddress> addresses;
		try {
			addresses = List.of(InetAddress.getAllByName(host));
		}
		catch (UnknownHostException ex) {
			if (unresolvedIsFine) {
				return Optional.empty();
			}
			throw new IllegalStateException(ex);
		}
		return addresses.stream().filter(OutboundTargets::internal).findFirst();
	}

	private static String refusal(URI uri, InetAddress address) {
		return "The URL's host " + uri.getHost() + " is a private, loopback or link-local address ("
				+ address.getHostAddress() + "). Sharpend does not send there unless the setting "
				+ "SHARPEND_NOTIFY_ALLOW_PRIVATE_TARGETS is true.";
	}

	/**
	 * Whether an address belongs to a private, loopback, link-local or reserved range.
	 */
	static boolean internal(InetAddress address) {
		if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
				|| address.isSiteLocalAddress() || address.isMulticastAddress()) {
			return true;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			// 0/8 "this network", 100.64/10 carrier-grade NAT, 192.0.0/24 protocol
			// assignments, 198.18/15 benchmarking, 240/4 reserved and broadcast.
			return first == 0 || (first == 100 && (second & 0xc0) == 64)
					|| (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second & 0xfe) == 18)
					|| first >= 240;
		}
		if (address instanceof Inet6Address) {
			if ((b[0] & 0xfe) == 0xfc || transition(b)) {
				return true;
			}
			Optional<InetAddress> embedded = embeddedIpv4(b);
			return embedded.isPresent() && internal(embedded.get());
		}
		return false;
	}

	/**
	 * Local-use NAT64 (64:ff9b:1::/48), 6to4 (2002::/16) and Teredo (2001::/32): relays
	 * unwrap them into IPv4 addresses that may be internal, and no webhook lives there.
	 */
	private static boolean transition(byte[] b) {
		boolean localNat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && b[4] == 0
				&& b[5] == 1;
		boolean sixToFour = b[0] == 0x20 && b[1] == 0x02;
		boolean teredo = b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0;
		return localNat64 || sixToFour || teredo;
	}

	/**
	 * The IPv4 address inside an IPv4-compatible, IPv4-mapped or NAT64 (64:ff9b::/96)
	 * IPv6 address, which would otherwise let 127.0.0.1 through in IPv6 dress.
	 */
	private static Optional<InetAddress> embeddedIpv4(byte[] b) {
		boolean zeroPrefix = true;
		for (int i = 0; i < 10; i++) {
			zeroPrefix &= b[i] == 0;
		}
		boolean mapped = zeroPrefix && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff));
		boolean nat64 = b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b;
		for (int i = 4; nat64 && i < 12; i++) {
			nat64 = b[i] == 0;
		}
		if (!mapped && !nat64) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

}
