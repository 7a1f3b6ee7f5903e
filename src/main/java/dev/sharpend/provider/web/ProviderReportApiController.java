package dev.sharpend.provider.web;

import java.util.List;
import java.util.UUID;

import dev.sharpend.provider.ProviderId;
import dev.sharpend.provider.ProviderReports;
import dev.sharpend.provider.ProviderReports.ProviderReport;
import dev.sharpend.provider.ProviderReports.ReportWindow;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What a provider cost us over 30, 90 and 365 days. */
@RestController
class ProviderReportApiController {

	private final ProviderReports reports;

	ProviderReportApiController(ProviderReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/providers/{id}/report")
	@RequiresPermission(Permission.PROVIDER_READ)
	ReportBody report(@PathVariable UUID id) {
		ProviderReport report = this.reports.report(new ProviderId(id));
		return new ReportBody(report.provider().toString(), report.name(), report.components(),
				report.windows().stream().map(WindowBody::of).toList());
	}

	record ReportBody(String providerId, String provider, List<String> components, List<WindowBody> windows) {
	}

	/**
	 * One window's figures; durations in seconds.
	 */
	record WindowBody(int days, int upstreamIncidents, int upstreamMaintenances, long providerUnwellSeconds,
			long componentsUnwellMeanwhileSeconds) {

		static WindowBody of(ReportWindow w) {
			return new WindowBody(w.days(), w.incidents(), w.maintenances(), w.providerUnwell().toSeconds(),
					w.oursUnwellMeanwhile().toSeconds());
		}

	}

}
