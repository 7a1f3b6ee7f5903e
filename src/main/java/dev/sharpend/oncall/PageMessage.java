package dev.sharpend.oncall;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a notification about a page says.
 *
 * @param page the page
 * @param group the alert group paged about
 * @param title the group's title
 * @param rule the group's alert rule in words
 * @param severity its severity, null when it has none
 * @param urgency the page's urgency
 * @param acknowledgeUrl a signed one-click link acknowledging the group as the recipient
 * @param resolveUrl a signed one-click link resolving it
 * @param openUrl the group's page in Sharpend (signing in needed)
 * @param heldBack titles of other pages held back by the per-person cap and listed here
 * instead
 */
record PageMessage(String page, long group, String title, String rule, @Nullable String severity, Urgency urgency,
		String acknowledgeUrl, String resolveUrl, String openUrl, List<String> heldBack) {

	public PageMessage {
		heldBack = List.copyOf(heldBack);
	}

}
