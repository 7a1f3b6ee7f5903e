package dev.sharpend.provider.web;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.Lifecycle;
import dev.sharpend.provider.ProviderId;
import dev.sharpend.provider.ProviderKind;
import dev.sharpend.provider.ProviderWatching;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.WireCode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The register's pages: the list of providers (sortable, filtered by kind and lifecycle),
 * the risk view, one provider's page, and the CSV export for a vendor or security review.
 */
@Controller
class ProvidersController {

	/** The orders the list can be sorted in, by the column heading that asks for them. */
	static final List<String> SORTS = List.of("name", "kind", "tenancy", "lifecycle", "components", "risk");

	private final Register register;

	private final ProviderWatching watching;

	ProvidersController(Register register, ProviderWatching watching) {
		this.register = register;
		this.watching = watching;
	}

	@GetMapping("/providers")
	@RequiresPermission(Permission.PROVIDER_READ)
	String list(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String lifecycle,
			@RequestParam(required = false) @Nullable String sort, Model model) {
		ProviderKind wantedKind = (kind == null) ? null : WireCode.find(ProviderKind.class, kind).orElse(null);
		Lifecycle wantedLifecycle = (lifecycle == null) ? null : WireCode.find(Lifecycle.class, lifecycle).orElse(null);
		String order = (sort != null && SORTS.contains(sort)) ? sort : "name";
		List<Register.Entry> all = this.register.byRisk();
		List<Register.Entry> shown = all.stream()
			.filter((e) -> wantedKind == null || e.provider().kind() == wantedKind)
			.filter((e) -> wantedLifecycle == null || e.provider().lifecycle() == wantedLifecycle)
			.sorted(order(order))
			.toList();
		model.addAttribute("entries", shown);
		model.addAttribute("upstream", this.watching.overall());
		model.addAttribute("total", all.size());
		model.addAttribute("kind", (wantedKind != null) ? wantedKind.code() : "");
		model.addAttribute("lifecycle", (wantedLifecycle != null) ? wantedLifecycle.code() : "");
		model.addAttribute("sort", order);
		model.addAttribute("kinds", ProviderKind.values());
		model.addAttribute("lifecycles", Lifecycle.values());
		return "provider/list";
	}

	@GetMapping("/providers/risk")
	@RequiresPermission(Permission.PROVIDER_READ)
	String risk(Model model) {
		model.addAttribute("entries", this.register.byRisk());
		return "provider/risk";
	}

	@GetMapping("/providers/{id}")
	@RequiresPermission(Permission.PROVIDER_READ)
	String page(@PathVariable UUID id, Model model) {
		Register.Entry entry = this.register.require(new ProviderId(id));
		model.addAttribute("entry", entry);
		model.addAttribute("provider", entry.provider());
		model.addAttribute("total", this.register.providers().size());
		return "provider/page";
	}

	/** The whole register, riskiest first. */
	@GetMapping("/providers.csv")
	@RequiresPermission(Permission.PROVIDER_READ)
	void csv(HttpServletResponse response) throws IOException {
		RegisterCsv.write(this.register.byRisk(), response);
	}

	private static Comparator<Register.Entry> order(String sort) {
		Comparator<Register.Entry> byName = Comparator
			.comparing((Register.Entry e) -> e.provider().name().toLowerCase(Locale.ROOT));
		return switch (sort) {
			case "kind" ->
				Comparator.comparing((Register.Entry e) -> e.provider().kind().label()).thenComparing(byName);
			case "tenancy" -> Comparator.comparing((Register.Entry e) -> e.provider().tenancy()).thenComparing(byName);
			case "lifecycle" ->
				Comparator.comparing((Register.Entry e) -> e.provider().lifecycle()).thenComparing(byName);
			case "components" ->
				Comparator.comparing((Register.Entry e) -> -e.dependents().size()).thenComparing(byName);
			case "risk" -> Comparator.comparingInt((Register.Entry e) -> e.risk().rank()).thenComparing(byName);
			default -> byName;
		};
	}

}
