package dev.sharpend.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * axe-core, the accessibility checker, run inside the page a browser test looks at. It is
 * installed from npm with the lock file in {@code src/test/axe} ({@code ./test} runs
 * {@code npm ci} there), and tests fail rather than skip when it is missing.
 */
public final class Axe {

	static final Path SCRIPT = Path.of("src", "test", "axe", "node_modules", "axe-core", "axe.min.js");

	// Only what would stop or seriously hinder someone; "moderate" and "minor" findings
	// (best practices such as landmarks) are left for people to judge.
	private static final List<String> REPORTED = List.of("serious", "critical");

	private static String source;

	/** Browser contexts whose new pages get axe as they open. */
	private static final Set<BrowserContext> INSTALLED = Collections
		.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	private Axe() {
	}

	/** Fails with what to do when axe-core is not installed. */
	public static void requireInstalled() {
		if (!Files.isRegularFile(SCRIPT)) {
			throw new IllegalStateException("Browser tests check accessibility with axe-core, expected at " + SCRIPT
					+ ". Install it with: (cd src/test/axe && npm ci) (./test does this).");
		}
	}

	private static synchronized String source() {
		if (source == null) {
			requireInstalled();
			try {
				source = Files.readString(SCRIPT);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return source;
	}

	/**
	 * Runs the default axe rules on the page as it is shown now and describes each
	 * serious or critical violation: the rule, what it asks for and up to five of the
	 * elements. With {@code coloursOnly} only the contrast rule runs: a second colour
	 * scheme changes colours, not the structure the other rules read, and skipping them
	 * there saves a tenth of a second per view.
	 */
	static List<String> violations(Page page, boolean coloursOnly) {
		// Given over the DevTools protocol rather than added as a <script>: the page's
		// content security policy stays in force, so the test still sees what it refuses.
		// From a tab's first look on, every page of its browser context gets axe as an
		// init script: the browser keeps the source and compiles it once for all of them,
		// where evaluating it again in each page sent 650 kB through the driver and
		// compiled it anew, about a third of a second per page looked at.
		if (!(Boolean) page.evaluate("() => typeof window.axe === 'object'")) {
			if (INSTALLED.add(page.context())) {
				page.context().addInitScript(source());
			}
			page.evaluate(source());
		}
		Object found = page.evaluate("""
				async ([reported, coloursOnly]) => {
					const options = { resultTypes: ['violations'] };
					if (coloursOnly) {
						options.runOnly = ['color-contrast'];
					}
					const result = await axe.run(document, options);
					return result.violations.filter((v) => reported.includes(v.impact)).map((v) => {
						const contrast = (n) => {
							const d = n.any[0] && n.any[0].data;
							return d && d.contrastRatio ? ` [${d.fgColor} on ${d.bgColor}, ${d.contrastRatio}:1]` : '';
						};
						const nodes = v.nodes.slice(0, 5).map((n) => n.target.join(' ') + contrast(n)).join(', ');
						const more = v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : '';
						return `${v.impact} ${v.id} (${v.help}): ${nodes}${more}`;
					});
				}""", List.of(REPORTED, coloursOnly));
		return ((List<?>) found).stream().map(String::valueOf).toList();
	}

}
