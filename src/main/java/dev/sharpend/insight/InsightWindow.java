package dev.sharpend.insight;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

/**
 * The windows insight figures are shown for: today so far in the team's time zone and the
 * whole local days before it, 7, 30 or 90 days in all. Windows start at a local midnight
 * so they are made of whole days of the daily rollups; a window that crosses a
 * daylight-saving change is an hour shorter or longer than its days × 24 h.
 */
enum InsightWindow implements WireCode {

	/** Today and the 6 days before. */
	DAYS_7("7d", 7),

	/** Today and the 29 days before. */
	DAYS_30("30d", 30),

	/** Today and the 89 days before. */
	DAYS_90("90d", 90);

	private final String code;

	private final int days;

	InsightWindow(String code, int days) {
		this.code = code;
		this.days = days;
	}

	/**
	 * How the window is named in addresses and the API: {@code 7d}, {@code 30d},
	 * {@code 90d}.
	 */
	@Override
	public String code() {
		return this.code;
	}

	public int days() {
		return this.days;
	}

	/** The window's first instant: local midnight, {@code days − 1} days before today. */
	Instant start(Instant now, ZoneId zone) {
		ZonedDateTime today = now.atZone(zone).toLocalDate().atStartOfDay(zone);
		return today.minusDays(this.days - 1L).toInstant();
	}

	/**
	 * The window a request names.
	 * @throws RequestRejected naming the {@code window} parameter when it is none of them
	 */
	static InsightWindow parse(String code) {
		return WireCode.parse(InsightWindow.class, code, "window");
	}

}
