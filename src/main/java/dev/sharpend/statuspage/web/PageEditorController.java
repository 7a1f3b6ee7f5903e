package dev.sharpend.statuspage.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.catalog.PageId;
import dev.sharpend.statuspage.PageSettings;
import dev.sharpend.statuspage.PageSnapshot;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.statuspage.StatusPages;
import dev.sharpend.statuspage.StatusSnapshots;
import dev.sharpend.system.Markdown;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The status page editor: settings, the preview of the public page, Markdown preview. */
@Controller
@RequestMapping("/status-pages")
class PageEditorController {

	private final StatusPages pages;

	private final StatusSnapshots snapshots;

	private final EditorPage editor;

	PageEditorController(StatusPages pages, StatusSnapshots snapshots, EditorPage editor) {
		this.pages = pages;
		this.snapshots = snapshots;
		this.editor = editor;
	}

	@GetMapping("/{pageId}")
	@RequiresPermission(Permission.STATUSPAGE_READ)
	String edit(@PathVariable String pageId, @RequestParam(required = false) String template, Model model) {
		return this.editor.show(Codes.page(pageId), template, model);
	}

	@PostMapping("/{pageId}")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	String saveSettings(@PathVariable String pageId, EditorForms.SettingsForm form, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		PageId id = Codes.page(pageId);
		try {
			StatusPage.Visibility visibility = "private".equals(form.visibility()) ? StatusPage.Visibility.PRIVATE
					: StatusPage.Visibility.PUBLIC;
			this.pages.update(id,
					new PageSettings(form.name(), nonNull(form.slug()), nonNull(form.hostname()),
							nonNull(form.publicUrl()), form.timeZone(), EditorForms.on(form.isDefault()), visibility,
							nonNull(form.accentColor()), nonNull(form.logoUrl()), form.links()));
			redirect.addFlashAttribute("notice", "The settings are saved.");
			return "redirect:/status-pages/" + pageId + "#settings";
		}
		catch (RequestRejected ex) {
			return this.editor.rejected(id, "settings", form, ex, model, response);
		}
	}

	/**
	 * The public page as it is served now, framed by the editor: only this copy may be
	 * framed, and only by Sharpend itself; its links leave the frame.
	 */
	@GetMapping("/{pageId}/preview")
	@RequiresPermission(Permission.STATUSPAGE_READ)
	void preview(@PathVariable String pageId, HttpServletResponse response) throws IOException {
		PageId id = Codes.page(pageId);
		this.pages.require(id);
		PageSnapshot.Rendered page = this.snapshots.byId(id)
			.map((s) -> s.documents().get("index.html"))
			.orElseThrow(() -> RequestRejected.notFound("The page has not been rendered yet; try again in a second."));
		String html = new String(page.body(), StandardCharsets.UTF_8).replaceFirst("<head>",
				"<head><base target=\"_top\">");
		response.setHeader("X-Frame-Options", "SAMEORIGIN");
		response.setHeader("Content-Security-Policy",
				"default-src 'self'; img-src 'self' data: https:; style-src 'self'; frame-ancestors 'self'; base-uri 'self'");
		response.setHeader("Cache-Control", "no-store");
		response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
		response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
	}

	/** What an update's Markdown will look like on the page (for htmx). */
	@PostMapping(path = "/markdown-preview", produces = MediaType.TEXT_HTML_VALUE)
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	@ResponseBody
	String markdownPreview(@RequestParam(defaultValue = "") String body) {
		if (body.isBlank()) {
			return "<p class=\"muted\">The preview shows here as you write.</p>";
		}
		return Markdown.toSafeHtml(body.length() > 20_000 ? body.substring(0, 20_000) : body);
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
