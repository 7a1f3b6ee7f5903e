package dev.sharpend.audit.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.audit.AuditEvent;
import dev.sharpend.audit.AuditFilter;
import dev.sharpend.audit.AuditLog;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The administrators' view of the audit log, with filters and a CSV export. */
@Controller
@RequestMapping("/admin")
class AuditController {

	private static final int PAGE_SIZE = 50;

	private static final int CSV_BATCH = 1000;

	private final AuditLog auditLog;

	AuditController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/audit")
	@RequiresPermission(Permission.AUDIT_READ)
	String page(AuditQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.min(Math.max(page, 0), PageWindow.MAX_PAGE);
		AuditFilter filter = query.toFilter();
		long total = this.auditLog.count(filter);
		model.addAttribute("query", query);
		model.addAttribute("events", this.auditLog.find(filter, current * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("page", current);
		model.addAttribute("total", total);
		model.addAttribute("hasNext", (long) (current + 1) * PAGE_SIZE < total);
		return "audit/log";
	}

	/**
	 * Every matching event as CSV, streamed in batches so a long history needs little
	 * memory.
	 */
	@GetMapping("/audit.csv")
	@RequiresPermission(Permission.AUDIT_READ)
	void csv(AuditQuery query, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"sharpend-audit.csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		AuditFilter filter = query.toFilter();
		Writer out = response.getWriter();
		out.write("id,occurred_at,actor_type,actor_id,actor,action,target_type,target_id,summary,client_address\r\n");
		int offset = 0;
		List<AuditEvent> batch;
		do {
			batch = this.auditLog.find(filter, offset, CSV_BATCH);
			for (AuditEvent event : batch) {
				out.write(CsvRow.of(event));
			}
			offset += CSV_BATCH;
		}
		while (batch.size() == CSV_BATCH);
		out.flush();
	}

}
