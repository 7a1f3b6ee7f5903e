package dev.sharpend.notify;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import dev.sharpend.system.InternalAddresses;
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
		return InternalAddresses.internal(address);
	}

}
