package dev.sharpend.identity;

import org.springframework.modulith.NamedInterface;

/**
 * The outbound-address rule for URLs an administrator saves that Sharpend then fetches
 * (the single sign-on issuer): an internal host is refused unless the installation allows
 * private targets. Implemented by the module that owns the rule (notify), so identity
 * does not depend on it.
 */
@NamedInterface("api")
public interface OutboundUrlCheck {

	/**
	 * Checks a URL someone is saving.
	 * @param url the URL
	 * @param field the request field it came in, for the problem's message
	 * @throws dev.sharpend.system.RequestRejected naming the field when it is refused
	 */
	void checkSaved(String url, String field);

}
