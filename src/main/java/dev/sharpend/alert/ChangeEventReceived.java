package dev.sharpend.alert;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A change (a deploy, a configuration change) was reported to an integration, for the
 * incidents its alerts are part of. Published inside the transaction of the request.
 *
 * @param integration the integration it was sent to
 * @param summary what changed
 * @param timestamp when it changed
 * @param source where it changed, or empty
 * @param details custom details as JSON, or null
 * @param links links to the change (http or https)
 */
@NamedInterface("api")
public record ChangeEventReceived(UUID integration, String summary, Instant timestamp, String source, String details,
		List<Link> links) {

	/**
	 * @param href the address, http or https
	 * @param text what to show, or empty
	 */
	public record Link(String href, String text) {
	}

}
