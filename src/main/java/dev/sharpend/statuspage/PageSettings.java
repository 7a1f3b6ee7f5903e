package dev.sharpend.statuspage;

import java.util.List;

/**
 * What an editor sets on a page; null fields keep their current value (or take the
 * default on creation).
 *
 * @param name the title
 * @param slug the path segment under {@code /p/}
 * @param hostname a host name serving the page at its root ("" to clear)
 * @param publicUrl the URL readers use ("" to clear)
 * @param timeZone an IANA zone such as {@code Europe/Berlin}
 * @param isDefault whether it is the page at {@code /}
 * @param visibility public or private
 * @param accentColor a {@code #rrggbb} colour ("" to clear)
 * @param logoUrl an https image URL ("" to clear)
 * @param footerLinks footer links
 */
public record PageSettings(String name, String slug, String hostname, String publicUrl, String timeZone,
		Boolean isDefault, StatusPage.Visibility visibility, String accentColor, String logoUrl,
		List<StatusPage.Link> footerLinks) {
}
