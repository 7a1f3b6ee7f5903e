package dev.sharpend.system;

/**
 * Text made safe to put in an XML 1.0 document (feeds, the XHTML a PDF is laid out from):
 * characters XML 1.0 does not allow at all, escaped or not (the C0 controls other than
 * tab, new line and carriage return, lone surrogates, U+FFFE and U+FFFF), are dropped.
 * Input rules keep new text free of them, but text stored before those rules, or arriving
 * by another path, must still render.
 */
public final class XmlText {

	private XmlText() {
	}

	/**
	 * The text without the characters XML 1.0 forbids; the same string when it has none.
	 */
	public static String legal(String text) {
		if (text == null || text.codePoints().allMatch(XmlText::allowed)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().filter(XmlText::allowed).forEach(kept::appendCodePoint);
		return kept.toString();
	}

	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}
