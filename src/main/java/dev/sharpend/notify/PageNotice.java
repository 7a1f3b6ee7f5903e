package dev.sharpend.notify;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What a page to a person says, whatever channel carries it.
 *
 * @param page the page id, kept with webhook bodies for receivers to drop duplicates
 * @param group the alert group's number
 * @param title the group's title
 * @param rule the alert rule in words
 * @param severity the severity, or null
 * @param urgency {@code high} or {@code low}
 * @param acknowledgeUrl the signed one-click acknowledge link
 * @param resolveUrl the signed one-click resolve link
 * @param openUrl the group's page in Sharpend
 * @param heldBack titles of other pages held back and listed instead
 * @param test whether this is a test page the person asked for
 */
@NamedInterface("api")
public record PageNotice(String page, long group, String title, String rule, @Nullable String severity, String urgency,
		String acknowledgeUrl, String resolveUrl, String openUrl, List<String> heldBack, boolean test) {

	public PageNotice {
		heldBack = List.copyOf(heldBack);
	}

	/** The subject and first line: the title, marked when it is a test. */
	String headline() {
		return (this.test ? "Test page: " : "Page: ") + this.title;
	}

}
