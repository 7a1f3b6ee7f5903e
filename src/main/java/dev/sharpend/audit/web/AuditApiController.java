package dev.sharpend.audit.web;

import dev.sharpend.audit.AuditEvent;
import dev.sharpend.audit.AuditFilter;
import dev.sharpend.audit.AuditLog;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Paged;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for automation: newest first, paged. */
@RestController
@RequestMapping("/api/v1/audit-events")
class AuditApiController {

	static final int MAX_PAGE_SIZE = 500;

	private final AuditLog auditLog;

	AuditApiController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping
	@RequiresPermission(Permission.AUDIT_READ)
	PageOf<AuditEvent> list(AuditQuery query, @Paged(maxSize = MAX_PAGE_SIZE) PageWindow window) {
		AuditFilter filter = query.toFilter();
		return PageOf.of(this.auditLog.find(filter, window.offset(), window.size()), window,
				this.auditLog.count(filter));
	}

}
