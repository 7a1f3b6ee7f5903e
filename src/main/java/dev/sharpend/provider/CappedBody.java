package dev.sharpend.provider;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.upstream.UnreadableStatus;

/**
 * Collects a response body as the HTTP client delivers it, up to a limit: past it (or at
 * once, when the host announced a larger body) the exchange is cancelled and the body
 * refused, so a huge or endless body is never read whole.
 */
final class CappedBody implements BodySubscriber<byte[]> {

	private final CompletableFuture<byte[]> result = new CompletableFuture<>();

	private final int limit;

	private final boolean refuse;

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

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
