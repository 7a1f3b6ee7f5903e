package dev.sharpend.oncall;

import java.time.Instant;
import java.util.List;

import dev.sharpend.identity.UserId;

import org.springframework.stereotype.Component;

/**
 * Until contact methods and notification rules exist, every page is one e-mail to the
 * person's account address, sent at once.
 */
@Component
class AccountMailNotifier implements PageNotifier {

	@Override
	public List<PlannedContact> plan(UserId person, Urgency urgency, Instant at) {
		return List.of(new PlannedContact(at, null, "e-mail"));
	}

	@Override
	public void send(UserId person, PlannedContact contact, PageMessage message) {
		throw new UnsupportedOperationException("sending pages is not built yet");
	}

}
