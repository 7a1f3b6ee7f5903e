package dev.sharpend.oncall;

import java.util.Optional;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupStatus;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.identity.People;
import dev.sharpend.identity.UserId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Replies act on the group of the person's latest page whose group is still open. */
@Service
@Transactional
class LatestPageReplies implements PageReplies {

	private static final int LOOK_BACK = 50;

	private final PageRecordRepository pages;

	private final AlertGroups groups;

	private final People people;

	LatestPageReplies(PageRecordRepository pages, AlertGroups groups, People people) {
		this.pages = pages;
		this.groups = groups;
		this.people = people;
	}

	@Override
	public String reply(UserId person, boolean resolve) {
		Optional<AlertGroup> open = this.pages.latestOf(person, LOOK_BACK)
			.stream()
			.map((page) -> this.groups.find(page.group()))
			.flatMap(Optional::stream)
			.filter((g) -> resolve ? g.status() != AlertGroupStatus.RESOLVED : g.status() == AlertGroupStatus.TRIGGERED)
			.findFirst();
		if (open.isEmpty()) {
			return "Nothing to " + (resolve ? "resolve" : "acknowledge") + ": none of your pages is still open.";
		}
		String name = this.people.shown(person.value(), person.toString()).name();
		AlertGroup group = resolve ? this.groups.resolve(open.get().id(), name)
				: this.groups.acknowledge(open.get().id(), name);
		return (resolve ? "Resolved #" : "Acknowledged #") + group.id() + " " + group.rule();
	}

}
