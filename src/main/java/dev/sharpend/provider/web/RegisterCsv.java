package dev.sharpend.provider.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.Provider;
import dev.sharpend.provider.ProviderProfile;
import dev.sharpend.provider.StatusSource;
import dev.sharpend.system.Csv;

/**
 * The register as CSV for a vendor or security review: one row per provider, riskiest
 * first, with what it holds, how access is granted, where its credentials are kept, its
 * review dates and our components depending on it.
 */
final class RegisterCsv {

	static final List<String> HEADER = List.of("name", "kind", "lifecycle", "tenancy", "risk_rank", "risk_score",
			"risk_reason", "critical_for", "dependent_components", "data_held", "sensitivity", "access",
			"credentials_location", "security_notes", "plan", "support", "contract_renewal", "next_review",
			"status_page", "status_feed", "status_format", "runs_on", "run_by", "id");

	private RegisterCsv() {
	}

	static void write(List<Register.Entry> entries, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"sharpend-providers.csv\"");
		Writer out = response.getWriter();
		out.write(Csv.row(HEADER));
		for (Register.Entry entry : entries) {
			out.write(Csv.row(row(entry)));
		}
		out.flush();
	}

	static List<String> row(Register.Entry e) {
		Provider p = e.provider();
		ProviderProfile f = p.profile();
		StatusSource s = p.status();
		return List.of(p.name(), p.kind().label(), p.lifecycle().label(), p.tenancy().label(),
				String.valueOf(e.risk().rank()), String.valueOf(e.risk().score()), e.risk().reason(),
				String.join("; ", e.risk().criticalFor()), e.dependentsText(), f.dataHeld(), f.sensitivity().label(),
				f.access().label(), f.credentialsLocation(), f.securityNotes(), f.plan(), f.support(),
				date(f.contractRenewal()), date(f.nextReview()), Objects.requireNonNullElse(s.page(), ""),
				Objects.requireNonNullElse(s.feed(), ""), (s.format() != null) ? s.format().label() : "",
				names(e.runsOn()), names(e.runBy()), p.id().toString());
	}

	private static String names(List<Provider> providers) {
		return providers.stream().map(Provider::name).collect(Collectors.joining("; "));
	}

	private static String date(@Nullable LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

}
