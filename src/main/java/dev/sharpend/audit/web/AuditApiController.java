package dev.sharpend.audit.web;

import java.util.List;

import dev.sharpend.audit.AuditEvent;
import dev.sharpend.audit.AuditFilter;
import dev.sharpend.audit.AuditLog;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for automation: newest first, paged. */
@RestController
class AuditApiController {

	static final int MAX_PAGE_SIZE = 500;

	private final AuditLog auditLog;

	AuditApiController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/api/v1/audit-events")
	@RequiresPermission(Permission.AUDIT_READ)
	AuditPage list(AuditQuery query, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		PageWindow window = PageWindow.of(page, size, MAX_PAGE_SIZE);
		AuditFilter filter = query.toFilter();
		List<AuditEvent> items = this.auditLog.find(filter, window.offset(), size);
		return new AuditPage(items, page, size, this.auditLog.count(filter));
	}

	/**
	 * One page of audit events.
	 *
	 * @param items the events, newest first
	 * @param page this page's number, from 0
	 * @param size the page size asked for
	 * @param total how many events match the filters
	 */
	record AuditPage(List<AuditEvent> items, int page, int size, long total) {
	}

}
