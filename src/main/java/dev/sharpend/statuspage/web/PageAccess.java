package dev.sharpend.statuspage.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.catalog.PageId;
import dev.sharpend.statuspage.AccessLinks;

import org.springframework.stereotype.Component;

/**
 * Lets visitors holding an access link read a private page: {@code ?access=<token>} opens
 * it and leaves a cookie for that page alone, so the page's other documents (JSON,
 * history, details) open too. Checked from memory, with no database access per request.
 */
@Component
class PageAccess {

	static final String PARAMETER = "access";

	static final String COOKIE_PREFIX = "sharpend_page_";

	private final AccessLinks links;

	PageAccess(AccessLinks links) {
		this.links = links;
	}

	boolean admits(PageId page, HttpServletRequest request, HttpServletResponse response) {
		String offered = request.getParameter(PARAMETER);
		if (offered != null && this.links.admits(page, offered)) {
			response.addHeader("Set-Cookie", cookie(page, offered, request.isSecure()));
			return true;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if ((COOKIE_PREFIX + page.value()).equals(cookie.getName())
					&& this.links.admits(page, unquoted(cookie.getValue()))) {
				return true;
			}
		}
		return false;
	}

	/** Some clients send RFC 2965 cookies, with the value in quotes. */
	private static String unquoted(String value) {
		return (value != null && value.length() > 1 && value.startsWith("\"") && value.endsWith("\""))
				? value.substring(1, value.length() - 1) : value;
	}

	/**
	 * A cookie for one page; the path is the root because a page may be served at
	 * {@code /} by its host name as well as under {@code /p/{slug}/}.
	 */
	private static String cookie(PageId page, String token, boolean secure) {
		return COOKIE_PREFIX + page.value() + "=" + token + "; Path=/; Max-Age=2592000; HttpOnly; SameSite=Lax"
				+ (secure ? "; Secure" : "");
	}

}
