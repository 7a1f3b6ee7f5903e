package dev.sharpend.statuspage;

import java.time.Instant;
import java.util.List;

import dev.sharpend.catalog.PageId;

import org.springframework.modulith.NamedInterface;

/**
 * A public (or private) status page.
 *
 * @param id the page id, as in {@code summary.json}
 * @param slug where the page lives: {@code /p/{slug}/} (the default page is also at
 * {@code /})
 * @param hostname a host name that serves this page at its root, or null
 * @param name the page's title
 * @param publicUrl the URL readers use, shown as {@code page.url}; null means Sharpend's
 * own
 * @param timeZone the IANA zone in which dates are shown
 * @param isDefault whether this is the page at {@code /}
 * @param visibility who may read it
 * @param branding colours and logo
 * @param footerLinks links in the page footer
 * @param createdAt when it was created
 * @param updatedAt when anything on it last changed
 */
@NamedInterface("api")
public record StatusPage(PageId id, String slug, String hostname, String name, String publicUrl, String timeZone,
		boolean isDefault, Visibility visibility, Branding branding, List<Link> footerLinks, Instant createdAt,
		Instant updatedAt) {

	/** Who may read a page. */
	public enum Visibility {

		/** Anyone. */
		PUBLIC,

		/** Signed-in users with statuspage:read, and visitors holding an access link. */
		PRIVATE

	}

	/**
	 * The page's look.
	 *
	 * @param accentColor a #rrggbb colour, or null for Sharpend's
	 * @param logoUrl an image URL, or null
	 */
	public record Branding(String accentColor, String logoUrl) {
	}

	/**
	 * A footer link.
	 *
	 * @param label the text
	 * @param url where it goes
	 */
	public record Link(String label, String url) {
	}

}
