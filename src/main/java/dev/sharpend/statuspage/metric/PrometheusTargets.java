package dev.sharpend.statuspage.metric;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.sharpend.system.InternalAddresses;
import dev.sharpend.system.RequestRejected;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps Prometheus metric URLs out of the network Sharpend runs in, by the same rule as
 * webhooks: a host that is, or resolves to, an internal address is refused when saved and
 * again before every poll (against what the name resolves to then), unless its
 * {@code host} or {@code host:port} is in
 * {@code sharpend.statuspage.prometheus-allowed-hosts}. The poller reads answers back
 * onto a public page, so an open fetcher would let anyone who may edit metrics read the
 * internal network and cloud metadata services.
 */
@Component
class PrometheusTargets {

	private final List<String> allowed;

	PrometheusTargets(@Value("${sharpend.statuspage.prometheus-allowed-hosts:}") String allowed) {
		this.allowed = Arrays.stream(allowed.split(","))
			.map((h) -> h.strip().toLowerCase(Locale.ROOT))
			.filter((h) -> !h.isEmpty())
			.toList();
	}

	/**
	 * Checks a URL someone is saving; a name that does not resolve now is checked again
	 * when polled.
	 */
	void checkSaved(String url, String field) {
		URI uri = uri(url);
		if (uri == null) {
			throw RequestRejected.invalid(field, "Give an http or https URL (without user name or password).");
		}
		internalAddress(uri, true).ifPresent((address) -> {
			throw RequestRejected.invalid(field, refusal(uri, address));
		});
	}

	/**
	 * Checks a URL right before it is queried.
	 * @return why it may not be queried, or empty when it may
	 */
	Optional<String> refusedForSending(URI uri) {
		try {
			return internalAddress(uri, false).map((address) -> refusal(uri, address));
		}
		catch (IllegalStateException ex) {
			return Optional.of("Could not resolve " + uri.getHost() + ".");
		}
	}

	private Optional<InetAddress> internalAddress(URI uri, boolean unresolvedIsFine) {
		if (allowed(uri)) {
			return Optional.empty();
		}
		try {
			return Arrays.stream(InetAddress.getAllByName(bareHost(uri)))
				.filter(InternalAddresses::internal)
				.findFirst();
		}
		catch (UnknownHostException ex) {
			if (unresolvedIsFine) {
				return Optional.empty();
			}
			throw new IllegalStateException(ex);
		}
	}

	private boolean allowed(URI uri) {
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		int port = (uri.getPort() != -1) ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
		return this.allowed.contains(host) || this.allowed.contains(host + ":" + port);
	}

	private static String bareHost(URI uri) {
		String host = uri.getHost();
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

	static URI uri(String url) {
		try {
			URI uri = new URI(url.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| uri.getRawUserInfo() != null) {
				return null;
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static String refusal(URI uri, InetAddress address) {
		return "The URL's host " + uri.getHost() + " is a private, loopback or link-local address ("
				+ address.getHostAddress() + "). Sharpend queries such a Prometheus only when "
				+ "SHARPEND_STATUSPAGE_PROMETHEUS_ALLOWED_HOSTS lists its host or host:port.";
	}

}
