package dev.sharpend.alert;

import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
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

	/**
	 * @throws RequestRejected when the database refuses a value of the event (such as a
	 * NUL character PostgreSQL cannot store); then nothing is stored
	 */
	@Transactional
	public void receive(Integration integration, PagerDutyChangeEvent event) {
		try {
			this.events.publishEvent(new ChangeEventReceived(integration.id(), event.summary(), event.timestamp(),
					event.source(), event.details(), event.links()));
		}
		catch (DataAccessException ex) {
			if (IntakeLimits.refusedData(ex)) {
				throw RequestRejected.invalid(null, "The database refused a value of this change event (SQLState "
						+ IntakeLimits.dataException(ex).getSQLState() + "); nothing was stored.");
			}
			throw ex;
		}
	}

}
