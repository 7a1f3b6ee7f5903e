package dev.sharpend.oncall.web;

import dev.sharpend.oncall.PageLinkRefused;
import dev.sharpend.oncall.PageLinkReplies;
import dev.sharpend.oncall.PageLinkView;
import dev.sharpend.system.PublicRoute;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The one-click links in a page, on a phone without signing in. Opening a link only shows
 * the group and one button; the button's POST (with its CSRF token) acts, since mail
 * scanners open every link in a message to check it.
 */
@Controller
class PageLinkController {

	private static final String VIEW = "oncall/page-link";

	private final PageLinkReplies replies;

	PageLinkController(PageLinkReplies replies) {
		this.replies = replies;
	}

	@GetMapping("/page/{token}")
	@PublicRoute("the signed, expiring link sent with a page is the credential; opening it changes nothing")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("token", token);
			return view(this.replies.view(token), false, model);
		}
		catch (PageLinkRefused ex) {
			return refused(ex, model, response);
		}
	}

	@PostMapping("/page/{token}")
	@PublicRoute("the signed, expiring link sent with a page acts as its recipient, for that group only")
	String act(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("token", token);
			return view(this.replies.act(token), true, model);
		}
		catch (PageLinkRefused ex) {
			return refused(ex, model, response);
		}
	}

	private static String view(PageLinkView view, boolean acted, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("acted", acted);
		model.addAttribute("outcome", PagingText.outcome(view.group()));
		return VIEW;
	}

	private static String refused(PageLinkRefused ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.expired() ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
		model.addAttribute("refused", ex.expired()
				? "This link has expired. Open the alert group in Sharpend to acknowledge or resolve it."
				: "This link is not valid. It may have been cut short or changed; open the alert group in Sharpend instead.");
		return VIEW;
	}

}
