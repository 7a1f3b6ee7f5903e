package dev.sharpend.audit;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import dev.sharpend.system.Actor;
import dev.sharpend.system.AuditedChange;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log. It records every {@link AuditedChange} published by any module, with the
 * actor and client address of the request that caused it.
 */
@Service
public class AuditLog {

	private final AuditRepository repository;

	private final Clock clock;

	AuditLog(AuditRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * Records the change synchronously, inside the publisher's transaction, so a change
	 * and its audit entry are committed or rolled back together (an after-commit listener
	 * could lose the entry on a crash).
	 */
	@EventListener
	void on(AuditedChange change) {
		if (!change.audited()) {
			return;
		}
		Actor actor = currentActor();
		this.repository
			.append(new AuditEvent(0, this.clock.instant(), actor.type().name().toLowerCase(), actor.id(), actor.name(),
					change.action(), change.targetType(), change.targetId(), change.summary(), clientAddress()));
	}

	/** Audit events matching the filter, newest first. */
	public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
		return this.repository.find(filter, offset, limit);
	}

	public long count(AuditFilter filter) {
		return this.repository.count(filter);
	}

	private static Actor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor.Source source) {
			return source.actor();
		}
		return (RequestContextHolder.getRequestAttributes() != null) ? Actor.ANONYMOUS : Actor.SYSTEM;
	}

	private static String clientAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
