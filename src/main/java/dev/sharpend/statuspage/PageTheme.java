package dev.sharpend.statuspage;

/**
 * A page's {@code theme.css}: its branding accent over status.css's own colours. The dark
 * theme keeps its own lighter accent unless the brand colour is readable on the dark
 * surface too, so links never turn dark blue on near-black.
 */
final class PageTheme {

	// status.css's dark surface, which links sit on, and WCAG's minimum for normal text.
	private static final int DARK_SURFACE = 0x182028;

	private static final double READABLE = 4.5;

	private PageTheme() {
	}

	/** The stylesheet for a page with this accent ({@code #rrggbb}), or none. */
	static String css(String accent) {
		if (accent == null) {
			return "/* Sharpend's own colours */\n";
		}
		String light = ":root { --accent: " + accent + "; }\n";
		if (contrast(Integer.parseInt(accent.substring(1), 16), DARK_SURFACE) >= READABLE) {
			return light;
		}
		return "@media not all and (prefers-color-scheme: dark) {\n" + light + "}\n";
	}

	static double contrast(int rgb, int other) {
		double a = luminance(rgb);
		double b = luminance(other);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	private static double luminance(int rgb) {
		return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
	}

	private static double channel(int value) {
		double c = (value & 0xff) / 255.0;
		return (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
