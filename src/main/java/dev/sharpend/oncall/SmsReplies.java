package dev.sharpend.oncall;

import java.util.Optional;

import dev.sharpend.identity.UserId;

import org.springframework.stereotype.Service;

/**
 * Replies to pages by phone: {@code 4} acknowledges and {@code 6} resolves the person's
 * latest open page, texted back to an SMS or pressed during a call. The caller is known
 * by a verified contact method with that number.
 */
@Service
public class SmsReplies {

	static final String UNKNOWN = "This number is not a verified contact method of anyone in Sharpend, so the reply "
			+ "did nothing.";

	private final ContactMethods methods;

	private final PageReplies replies;

	SmsReplies(ContactMethods methods, PageReplies replies) {
		this.methods = methods;
		this.replies = replies;
	}

	/** The answer to a text message from this number. */
	public String texted(String from, String body) {
		return answer(this.methods.bySmsNumber(from), body.strip());
	}

	/** What to say after a key was pressed during a call to this number. */
	public String pressed(String to, String digits) {
		return answer(this.methods.byVoiceNumber(to), digits.strip());
	}

	private String answer(Optional<UserId> person, String reply) {
		if (person.isEmpty()) {
			return UNKNOWN;
		}
		if (!reply.equals("4") && !reply.equals("6")) {
			return "Reply 4 to acknowledge or 6 to resolve your latest page.";
		}
		return this.replies.reply(person.get(), reply.equals("6"));
	}

}
