package dev.sharpend.provider;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.upstream.StatusBody;
import dev.sharpend.provider.upstream.UnreadableStatus;
import dev.sharpend.system.InternalAddresses;

/**
 * Fetches a provider's status feed within one deadline for everything (connecting, each
 * redirect, headers and body), so a host that trickles its answer is cut off when the
 * deadline passes and no thread waits longer. The body is collected by the HTTP client
 * itself and refused past {@link StatusBody#LIMIT} (at once when the host announces a
 * larger one). Redirects are followed by hand, at most {@link #MAX_REDIRECTS}, each
 * target checked like the first: http or https, no credentials, and, unless allowed,
 * nowhere inside the network Sharpend runs in. Validators of the last answer are sent
 * back, so an unchanged page costs a 304.
 */
class ProviderFetch {

	static final int MAX_REDIRECTS = 5;

	static final String USER_AGENT = "Sharpend";

	private final HttpClient http;

	private final Duration timeout;

	private final boolean allowPrivate;

	ProviderFetch(Duration timeout, boolean allowPrivate) {
		this.timeout = timeout;
		this.allowPrivate = allowPrivate;
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(timeout)
			.build();
	}

	/**
	 * Fetches the feed.
	 * @param known the validators of the last answer read, to be answered 304 when
	 * nothing changed
	 * @param at the time the body is taken as fetched at
	 * @throws FetchFailed with a sentence for the person who set the address
	 */
	Fetched fetch(String feed, Validators known, Instant at) {
		long deadline = System.nanoTime() + this.timeout.toNanos();
		URI uri = checked(feed);
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			HttpResponse<byte[]> response = send(request(uri, known, deadline), deadline, uri);
			int status = response.statusCode();
			if (status == 304 && known.conditional()) {
				return Fetched.unchanged();
			}
			if (status / 100 == 3 && response.headers().firstValue("Location").isPresent()) {
				uri = checked(resolve(uri, response.headers().firstValue("Location").get()));
				continue;
			}
			if (status != 200) {
				throw new FetchFailed("The status feed answered HTTP " + status + statusAdvice(status));
			}
			byte[] bytes = response.body();
			return new Fetched(new StatusBody(bytes, at), new Validators(header(response, "ETag", 1000),
					header(response, "Last-Modified", 200), sha256(bytes)));
		}
		throw new FetchFailed("The status feed redirected more than " + MAX_REDIRECTS
				+ " times (a redirect loop?); give the address it finally answers at.");
	}

	private HttpRequest request(URI uri, Validators known, long deadline) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(remaining(deadline))
			.header("User-Agent", USER_AGENT)
			.header("Accept",
					"application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5")
			.GET();
		if (known.etag() != null) {
			request.header("If-None-Match", known.etag());
		}
		if (known.lastModified() != null) {
			request.header("If-Modified-Since", known.lastModified());
		}
		return request.build();
	}

	private HttpResponse<byte[]> send(HttpRequest request, long deadline, URI uri) {
		CompletableFuture<HttpResponse<byte[]>> answer = this.http.sendAsync(request, ProviderFetch::capped);
		try {
			return answer.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (TimeoutException ex) {
			throw new FetchFailed(timedOut());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchFailed("Reading the status feed was interrupted as Sharpend stopped.");
		}
		catch (ExecutionException ex) {
			throw failure(ex.getCause(), uri);
		}
		finally {
			// Aborts the exchange (and frees its connection) when it is still running.
			answer.cancel(true);
		}
	}

	private FetchFailed failure(@Nullable Throwable cause, URI uri) {
		if (cause instanceof UnreadableStatus unreadable) {
			return new FetchFailed(unreadable.getMessage());
		}
		if (cause instanceof HttpConnectTimeoutException || cause instanceof java.net.http.HttpTimeoutException) {
			return new FetchFailed(timedOut());
		}
		String kind = (cause != null) ? cause.getClass().getSimpleName() : "unknown error";
		return new FetchFailed("Could not read the status feed from " + uri.getHost() + " (" + kind
				+ "); check the address, or wait for the host to answer again.");
	}

	private String timedOut() {
		return "The status feed did not answer in full within " + this.timeout.toSeconds()
				+ " s; Sharpend tries again later.";
	}

	private static String statusAdvice(int status) {
		if (status == 404 || status == 410) {
			return "; the address may have moved: check it against the provider's status page.";
		}
		if (status == 401 || status == 403) {
			return "; the feed is not public at this address.";
		}
		if (status == 429) {
			return "; the host limits how often it is read: set a longer interval for this provider.";
		}
		return (status >= 500) ? "; the provider's page has trouble of its own, Sharpend tries again later."
				: "; check the address.";
	}

	/**
	 * The body, collected by the client as it arrives: an error or redirect answer's body
	 * is dropped unread, and a body past the limit is refused as soon as it is known to
	 * be (at once when announced by its length).
	 */
	private static BodySubscriber<byte[]> capped(HttpResponse.ResponseInfo info) {
		if (info.statusCode() != 200) {
			return BodySubscribers.replacing(new byte[0]);
		}
		long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
		return new CappedBody(StatusBody.LIMIT, announced > StatusBody.LIMIT);
	}

	private URI checked(String address) {
		URI uri;
		try {
			uri = new URI(address.strip());
		}
		catch (URISyntaxException ex) {
			throw new FetchFailed("The status feed address is not valid: " + ex.getReason() + ".");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
				|| uri.getRawUserInfo() != null) {
			throw new FetchFailed("The status feed led to " + abbreviated(address)
					+ ", which is no http or https address without credentials.");
		}
		if (!this.allowPrivate) {
			String host = uri.getHost().replaceAll("^\\[|\\]$", "");
			try {
				for (InetAddress address2 : InetAddress.getAllByName(host)) {
					if (InternalAddresses.internal(address2)) {
						throw new FetchFailed("The status feed's host " + host
								+ " is a private, loopback or link-local address (" + address2.getHostAddress()
								+ "); Sharpend reads no status from there unless the setting "
								+ "SHARPEND_PROVIDER_ALLOW_PRIVATE_TARGETS is true.");
					}
				}
			}
			catch (UnknownHostException ex) {
				throw new FetchFailed("The status feed's host " + host + " could not be found; check the address.");
			}
		}
		return uri;
	}

	private static String resolve(URI base, String location) {
		try {
			return base.resolve(new URI(location.strip())).toString();
		}
		catch (URISyntaxException | IllegalArgumentException ex) {
			throw new FetchFailed("The status feed redirected to an invalid address.");
		}
	}

	private static @Nullable String header(HttpResponse<?> response, String name, int max) {
		return response.headers().firstValue(name).filter((v) -> !v.isBlank() && v.length() <= max).orElse(null);
	}

	private static Duration remaining(long deadline) {
		return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
	}

	private static String abbreviated(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * What identifies an answer: the host's validators, sent back on the next read, and
	 * the body's hash, compared where the host gives no validators.
	 *
	 * @param etag the {@code ETag}, null when none was given
	 * @param lastModified the {@code Last-Modified}, null when none was given
	 * @param hash the SHA-256 of the body, null before the first read
	 */
	record Validators(@Nullable String etag, @Nullable String lastModified, @Nullable String hash) {

		static Validators none() {
			return new Validators(null, null, null);
		}

		boolean conditional() {
			return this.etag != null || this.lastModified != null;
		}

	}

	/**
	 * One answer: a body with its validators, or none when the host said nothing changed.
	 *
	 * @param body the body, null when unchanged
	 * @param validators the body's validators, null when unchanged
	 */
	record Fetched(@Nullable StatusBody body, @Nullable Validators validators) {

		static Fetched unchanged() {
			return new Fetched(null, null);
		}

		boolean isUnchanged() {
			return this.body == null;
		}

	}

	/** A read that gave no body to read, with the reason as a person can act on it. */
	static class FetchFailed extends RuntimeException {

		FetchFailed(String message) {
			super(message);
		}

	}

	/** Collects a body up to a limit, cancelling the exchange past it. */
	private static final class CappedBody implements BodySubscriber<byte[]> {

		private final CompletableFuture<byte[]> result = new CompletableFuture<>();

		private final int limit;

		private final boolean refuse;

		private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

		private Flow.@Nullable Subscription subscription;

		CappedBody(int limit, boolean refuse) {
			this.limit = limit;
			this.refuse = refuse;
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return this.result;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			if (this.refuse) {
				tooLarge();
				return;
			}
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> items) {
			if (this.result.isDone()) {
				return;
			}
			for (ByteBuffer item : items) {
				if (this.bytes.size() + (long) item.remaining() > this.limit) {
					tooLarge();
					return;
				}
				byte[] chunk = new byte[item.remaining()];
				item.get(chunk);
				this.bytes.writeBytes(chunk);
			}
		}

		@Override
		public void onError(Throwable error) {
			this.result.completeExceptionally(error);
		}

		@Override
		public void onComplete() {
			this.result.complete(this.bytes.toByteArray());
		}

		private void tooLarge() {
			if (this.subscription != null) {
				this.subscription.cancel();
			}
			this.result.completeExceptionally(new UnreadableStatus("The status feed answered with more than "
					+ (this.limit / (1024 * 1024)) + " MB; no status page is that large, so it was not read."));
		}

	}

}
