package dev.sharpend.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move instead of sleeping, so schedules, retries and expiries run without
 * waiting. It either stands still between moves ({@link #at(Instant)}) or runs with real
 * time plus the distance it was moved ({@link #ticking()}), for applications whose
 * background work must see time pass.
 */
public final class MovableClock extends Clock {

	private final boolean ticking;

	/** The time a stopped clock shows; unused by a ticking one. */
	private final AtomicReference<Instant> stoppedAt;

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	private MovableClock(boolean ticking, Instant start) {
		this.ticking = ticking;
		this.stoppedAt = new AtomicReference<>(start);
	}

	/** A clock that shows {@code start} until moved. */
	public static MovableClock at(Instant start) {
		return new MovableClock(false, start);
	}

	/** A clock that runs with real time until moved, then runs on from there. */
	public static MovableClock ticking() {
		return new MovableClock(true, null);
	}

	public void advance(Duration duration) {
		if (this.ticking) {
			this.offset.updateAndGet((o) -> o.plus(duration));
		}
		else {
			this.stoppedAt.updateAndGet((t) -> t.plus(duration));
		}
	}

	public void set(Instant instant) {
		if (this.ticking) {
			this.offset.set(Duration.between(Instant.now(), instant));
		}
		else {
			this.stoppedAt.set(instant);
		}
	}

	@Override
	public Instant instant() {
		return this.ticking ? Instant.now().plus(this.offset.get()) : this.stoppedAt.get();
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
