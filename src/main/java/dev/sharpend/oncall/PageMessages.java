package dev.sharpend.oncall;

import java.util.List;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroups;

import org.springframework.stereotype.Component;

/** What a notification about a page says, with the recipient's signed links. */
@Component
class PageMessages {

	private final AlertGroups groups;

	private final PageLinks links;

	PageMessages(AlertGroups groups, PageLinks links) {
		this.groups = groups;
		this.links = links;
	}

	/** The message about the page's group, which the caller read already. */
	PageMessage of(Page page, AlertGroup group, Urgency urgency, List<String> heldBack) {
		return message(page, group, urgency, group.title(), heldBack);
	}

	/** One message listing every held-back page, linking to the latest of them. */
	PageMessage digest(Page latest, Urgency urgency, List<String> heldBack) {
		AlertGroup group = this.groups.require(latest.group());
		String title = heldBack.size() + ((heldBack.size() == 1) ? " page was" : " pages were")
				+ " held back by the per-minute limit";
		return message(latest, group, urgency, title, heldBack);
	}

	/** How a page is listed when held back: {@code #42 HighLatency}. */
	String listed(Page page) {
		return this.groups.find(page.group()).map((g) -> "#" + g.id() + " " + g.rule()).orElse("#" + page.group());
	}

	private PageMessage message(Page page, AlertGroup group, Urgency urgency, String title, List<String> heldBack) {
		return new PageMessage(page.id().toString(), group.id(), title, group.rule(), group.severity(), urgency,
				this.links.url(page, PageLinks.Action.ACKNOWLEDGE), this.links.url(page, PageLinks.Action.RESOLVE),
				this.links.base() + "/alerts/groups/" + group.id(), heldBack);
	}

}
