package dev.sharpend.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Silences alerts whose labels match all its matchers between its start and end. Silenced
 * alerts are still stored (marked suppressed) so nothing is lost; they join no group.
 *
 * @param id the silence's id
 * @param matchers all must match
 * @param startsAt from when
 * @param endsAt until when (expiring a silence moves this to now)
 * @param comment why
 * @param createdBy who set it
 */
public record Silence(long id, List<SilenceMatcher> matchers, Instant startsAt, Instant endsAt, String comment,
		String createdBy) {

	public boolean activeAt(Instant now) {
		return !now.isBefore(this.startsAt) && now.isBefore(this.endsAt);
	}

	public boolean matches(Map<String, String> labels) {
		return this.matchers.stream().allMatch((m) -> m.matches(labels));
	}

}
