package dev.sharpend.oncall;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupStatus;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.identity.People;

import org.springframework.stereotype.Service;

/**
 * What a one-click link from a page does: shows the group, and acknowledges or resolves
 * it as the page's recipient when the link is posted. Looking at a link changes nothing,
 * since mail scanners open links to check them.
 */
@Service
public class PageLinkReplies {

	private final PageLinks links;

	private final PageRecordRepository pages;

	private final AlertGroups groups;

	private final People people;

	PageLinkReplies(PageLinks links, PageRecordRepository pages, AlertGroups groups, People people) {
		this.links = links;
		this.pages = pages;
		this.groups = groups;
		this.people = people;
	}

	/**
	 * The group the link is about.
	 * @throws PageLinkRefused when the link is altered or expired
	 */
	public PageLinkView view(String token) {
		PageLinks.Grant grant = this.links.verify(token);
		Page page = this.pages.page(grant.page()).orElseThrow(() -> new PageLinkRefused(false));
		return new PageLinkView(this.groups.require(page.group()), grant.action() == PageLinks.Action.RESOLVE,
				this.people.shown(grant.person().value(), grant.person().toString()).name());
	}

	/**
	 * Does what the link says, unless it is done already; the group as it is then.
	 * @throws PageLinkRefused when the link is altered or expired
	 */
	public PageLinkView act(String token) {
		PageLinkView view = view(token);
		if (view.done()) {
			return view;
		}
		AlertGroup group = view.group();
		AlertGroup changed = view.resolve() ? this.groups.resolve(group.id(), view.person())
				: (group.status() == AlertGroupStatus.TRIGGERED) ? this.groups.acknowledge(group.id(), view.person())
						: group;
		return new PageLinkView(changed, view.resolve(), view.person());
	}

}
