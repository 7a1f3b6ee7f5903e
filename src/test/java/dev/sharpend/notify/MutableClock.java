package dev.sharpend.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests move forward instead of sleeping; it runs with real time otherwise. */
final class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	void advance(Duration by) {
		this.offset = this.offset.plus(by);
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

}
