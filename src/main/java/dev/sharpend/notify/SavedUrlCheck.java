package dev.sharpend.notify;

import dev.sharpend.identity.OutboundUrlCheck;

import org.springframework.stereotype.Component;

/** Lends the webhook address rule to other modules' saved URLs. */
@Component
class SavedUrlCheck implements OutboundUrlCheck {

	private final OutboundTargets targets;

	SavedUrlCheck(OutboundTargets targets) {
		this.targets = targets;
	}

	@Override
	public void checkSaved(String url, String field) {
		this.targets.checkSaved(url, field);
	}

}
