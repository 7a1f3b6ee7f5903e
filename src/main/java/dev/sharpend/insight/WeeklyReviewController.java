package dev.sharpend.insight;

import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A rotation's weekly on-call review as a page. */
@Controller
@RequiresPermission(Permission.INSIGHT_READ)
class WeeklyReviewController {

	/** How many rules and unacted groups the page lists. */
	static final int SHOWN = 25;

	private final WeeklyReviews reviews;

	WeeklyReviewController(WeeklyReviews reviews) {
		this.reviews = reviews;
	}

	/** A rotation's review of the latest week it paged in. */
	@GetMapping("/insights/weekly/{rotation}")
	String latest(@PathVariable String rotation) {
		return "redirect:/insights/weekly/" + rotation + "/" + this.reviews.latestWeek(rotation);
	}

	@GetMapping("/insights/weekly/{rotation}/{week}")
	String weekly(@PathVariable String rotation, @PathVariable String week, Model model) {
		WeeklyReview review = this.reviews.review(rotation, week);
		InsightWeek next = review.week().next();
		model.addAttribute("review", review);
		model.addAttribute("p", review.pages());
		// a busy rotation pages thousands of times a week: the page shows the head of
		// each
		// list and says how many more the JSON has
		model.addAttribute("rulesShown",
				review.pages().rules().subList(0, Math.min(SHOWN, review.pages().rules().size())));
		model.addAttribute("unactedShown",
				review.pages().unacted().subList(0, Math.min(SHOWN, review.pages().unacted().size())));
		model.addAttribute("shown", SHOWN);
		model.addAttribute("chart", WeekBandChart.of(review.pages().days()));
		model.addAttribute("previous", review.week().previous().toString());
		model.addAttribute("next", this.reviews.begun(next, review) ? next.toString() : null);
		return "insight/weekly";
	}

}
