package dev.sharpend.alert;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change events (PagerDuty's Change Events API): nothing is stored for them here; they
 * are handed to the modules that give them context, in one transaction with what those
 * write.
 */
@Service
public class ChangeEvents {

	private final ApplicationEventPublisher events;

	ChangeEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Transactional
	public void receive(Integration integration, PagerDutyChangeEvent event) {
		this.events.publishEvent(new ChangeEventReceived(integration.id(), event.summary(), event.timestamp(),
				event.source(), event.details(), event.links()));
	}

}
