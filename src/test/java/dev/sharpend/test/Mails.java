package dev.sharpend.test;

import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** What tests read from mail a test SMTP server received. */
public final class Mails {

	private Mails() {
	}

	/** The plain-text part, as a reader of plain-text mail sees it; null without one. */
	public static String text(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = text(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

}
