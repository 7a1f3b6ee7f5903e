package dev.sharpend.notify.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.notify.SmtpConfiguration;
import dev.sharpend.notify.Subscriptions;
import dev.sharpend.statuspage.PageSnapshot;
import dev.sharpend.statuspage.PageView;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.statuspage.StatusSnapshots;
import dev.sharpend.system.PublicRoute;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.web.Rejections;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public side of subscriptions: the subscribe form of each public page (rendered per
 * request, so it carries a CSRF token), confirmation links and unsubscribe links. E-mail
 * is offered only while a mail server is configured; otherwise the form points to the
 * feeds.
 */
@Controller
class SubscribeController {

	private static final String VIEW = "notify/subscribe";

	private final StatusSnapshots snapshots;

	private final Subscriptions subscriptions;

	private final SubscribeThrottle throttle;

	private final SmtpConfiguration smtp;

	SubscribeController(StatusSnapshots snapshots, Subscriptions subscriptions, SubscribeThrottle throttle,
			SmtpConfiguration smtp) {
		this.snapshots = snapshots;
		this.subscriptions = subscriptions;
		this.throttle = throttle;
		this.smtp = smtp;
	}

	@GetMapping({ "/subscribe", "/p/{slug}/subscribe" })
	@PublicRoute("anyone may ask to receive a public status page's updates")
	String form(@PathVariable(required = false) String slug, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Optional<PageView> view = publicPage(slug, request);
		if (view.isEmpty()) {
			return missing(response, model);
		}
		model.addAttribute("state", "form");
		model.addAttribute("view", view.get());
		model.addAttribute("email", "");
		model.addAttribute("mail", mailConfigured());
		return VIEW;
	}

	@PostMapping({ "/subscribe", "/p/{slug}/subscribe" })
	@PublicRoute("anyone may ask to receive a public status page's updates; a confirmation mail decides")
	String subscribe(@PathVariable(required = false) String slug, @RequestParam(required = false) String email,
			@RequestParam(required = false) Set<String> components, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<PageView> view = publicPage(slug, request);
		if (view.isEmpty()) {
			return missing(response, model);
		}
		model.addAttribute("view", view.get());
		model.addAttribute("email", (email != null) ? email : "");
		boolean mail = mailConfigured();
		model.addAttribute("mail", mail);
		if (!mail) {
			// Saying "a mail is on its way" here would be a lie: nothing could send it.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("state", "form");
			model.addAttribute("refused", true);
			return VIEW;
		}
		if (!this.throttle.tryAcquire(request.getRemoteAddr())) {
			response.setStatus(429);
			model.addAttribute("state", "form");
			model.addAttribute("error", "Too many subscriptions from your address; try again in an hour.");
			return VIEW;
		}
		try {
			this.subscriptions.subscribe(view.get().page().id(), email, components);
		}
		catch (RequestRejected ex) {
			response.setStatus(Rejections.status(ex).value());
			model.addAttribute("state", "form");
			model.addAttribute("error", ex.getMessage());
			return VIEW;
		}
		model.addAttribute("state", "sent");
		return VIEW;
	}

	@GetMapping("/subscriptions/{token}/confirm")
	@PublicRoute("the confirmation link in the mail is the credential")
	String confirmForm(@PathVariable String token, HttpServletResponse response, Model model) {
		return tokenPage(token, "confirm", response, model);
	}

	@PostMapping("/subscriptions/{token}/confirm")
	@PublicRoute("the confirmation link in the mail is the credential")
	String confirm(@PathVariable String token, HttpServletResponse response, Model model) {
		if (!this.subscriptions.confirm(token)) {
			return invalid(response, model);
		}
		model.addAttribute("state", "confirmed");
		return VIEW;
	}

	@GetMapping("/unsubscribe/{token}")
	@PublicRoute("the unsubscribe link in each message is the credential")
	String unsubscribeForm(@PathVariable String token, HttpServletResponse response, Model model) {
		return tokenPage(token, "unsubscribe", response, model);
	}

	/** Both the button on the page and mail clients' one-click (RFC 8058) post here. */
	@PostMapping("/unsubscribe/{token}")
	@PublicRoute("the unsubscribe link in each message is the credential (RFC 8058 one-click)")
	String unsubscribe(@PathVariable String token, HttpServletResponse response, Model model) {
		if (!this.subscriptions.unsubscribe(token)) {
			return invalid(response, model);
		}
		model.addAttribute("state", "unsubscribed");
		return VIEW;
	}

	private String tokenPage(String token, String state, HttpServletResponse response, Model model) {
		if (this.subscriptions.byToken(token).isEmpty()) {
			return invalid(response, model);
		}
		model.addAttribute("state", state);
		model.addAttribute("token", token);
		return VIEW;
	}

	private boolean mailConfigured() {
		return this.smtp.current().configured();
	}

	private Optional<PageView> publicPage(String slug, HttpServletRequest request) {
		return this.snapshots.find((slug != null) ? null : request.getServerName(), slug)
			.map(PageSnapshot::view)
			.filter((v) -> v.page().visibility() == StatusPage.Visibility.PUBLIC);
	}

	private static String invalid(HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("state", "invalid");
		return VIEW;
	}

	private static String missing(HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("state", "missing");
		model.addAttribute("components", List.of());
		return VIEW;
	}

}
