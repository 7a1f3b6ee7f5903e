package dev.sharpend.provider.upstream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The fixtures in {@code provider/upstream/}, read as a poll at a given time would. */
final class UpstreamFixtures {

	static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private UpstreamFixtures() {
	}

	static StatusBody body(String name) {
		return body(name, NOW);
	}

	static StatusBody body(String name, Instant fetchedAt) {
		try (InputStream in = UpstreamFixtures.class.getResourceAsStream("/provider/upstream/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			return StatusBody.read(in, fetchedAt);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static UpstreamReport read(String name) {
		return StatusReading.read(body(name), StatusScope.everything());
	}

	static UpstreamReport read(String name, StatusScope scope) {
		return StatusReading.read(body(name), scope);
	}

	static StatusBody text(String body) {
		return new StatusBody(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), NOW);
	}

}
