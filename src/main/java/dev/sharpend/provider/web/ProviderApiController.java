package dev.sharpend.provider.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.provider.OurComponents;
import dev.sharpend.provider.OurComponents.OurComponent;
import dev.sharpend.provider.Provider;
import dev.sharpend.provider.ProviderCatalogue;
import dev.sharpend.provider.ProviderId;
import dev.sharpend.provider.ProviderKind;
import dev.sharpend.provider.Providers;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Paged;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.WireCode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register of providers. */
@RestController
class ProviderApiController {

	private final Providers providers;

	private final ProviderCatalogue catalogue;

	private final OurComponents components;

	private final Register register;

	ProviderApiController(Providers providers, ProviderCatalogue catalogue, OurComponents components,
			Register register) {
		this.providers = providers;
		this.catalogue = catalogue;
		this.components = components;
		this.register = register;
	}

	/** The providers by name, narrowed by kind and by a part of the name. */
	@GetMapping("/api/v1/providers")
	@RequiresPermission(Permission.PROVIDER_READ)
	PageOf<ProviderResponse> list(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String q, @Paged PageWindow window) {
		ProviderKind wanted = (kind == null || kind.isBlank()) ? null
				: WireCode.parse(ProviderKind.class, kind, "kind");
		String part = (q == null) ? "" : q.strip().toLowerCase(Locale.ROOT);
		List<Provider> all = this.providers.list();
		Map<ProviderId, String> names = names(all);
		Map<ComponentId, OurComponent> ours = this.components.byId();
		List<Provider> matching = all.stream()
			.filter((p) -> wanted == null || p.kind() == wanted)
			.filter((p) -> p.name().toLowerCase(Locale.ROOT).contains(part))
			.toList();
		return PageOf.slice(matching, window).map((p) -> ProviderResponse.of(p, names, ours));
	}

	@GetMapping("/api/v1/providers/{id}")
	@RequiresPermission(Permission.PROVIDER_READ)
	ProviderResponse get(@PathVariable UUID id) {
		return answer(this.providers.require(new ProviderId(id)));
	}

	/**
	 * Adds a provider; naming a catalogue entry in {@code catalogue} starts it from that
	 * entry's name, kind and status page.
	 */
	@PostMapping("/api/v1/providers")
	@RequiresPermission(Permission.PROVIDER_WRITE)
	ResponseEntity<ProviderResponse> add(@RequestBody ProviderRequest request) {
		Provider base = (request.catalogue() == null || request.catalogue().isBlank()) ? blank(request)
				: Provider.from(this.catalogue.find(request.catalogue())
					.orElseThrow(() -> RequestRejected.invalid("catalogue",
							"The catalogue has no provider named \"" + request.catalogue() + "\".")));
		Provider added = this.providers.add(request.applyTo(base));
		return ResponseEntity.created(URI.create("/api/v1/providers/" + added.id())).body(answer(added));
	}

	/** Changes what the request names; absent fields stay as they are. */
	@PatchMapping("/api/v1/providers/{id}")
	@RequiresPermission(Permission.PROVIDER_WRITE)
	ProviderResponse change(@PathVariable UUID id, @RequestBody ProviderRequest request) {
		return answer(this.providers.change(request.applyTo(this.providers.require(new ProviderId(id)))));
	}

	@DeleteMapping("/api/v1/providers/{id}")
	@RequiresPermission(Permission.PROVIDER_WRITE)
	ResponseEntity<Void> remove(@PathVariable UUID id) {
		this.providers.remove(new ProviderId(id));
		return ResponseEntity.noContent().build();
	}

	/**
	 * A provider with nothing recorded, of the kind the request names (which it must).
	 */
	private static Provider blank(ProviderRequest request) {
		return Provider.named("", WireCode.parse(ProviderKind.class, request.kind(), "kind"));
	}

	/**
	 * The providers from riskiest to least risky, each with its rank, score and the
	 * reason in words.
	 */
	@GetMapping("/api/v1/providers/risk")
	@RequiresPermission(Permission.PROVIDER_READ)
	PageOf<RiskResponse> risk(@Paged(size = 100) PageWindow window) {
		return PageOf.slice(this.register.byRisk(), window).map((e) -> RiskResponse.of(e.risk()));
	}

	/** The register as CSV for a vendor or security review, riskiest first. */
	@GetMapping("/api/v1/providers.csv")
	@RequiresPermission(Permission.PROVIDER_READ)
	void csv(HttpServletResponse response) throws IOException {
		RegisterCsv.write(this.register.byRisk(), response);
	}

	private ProviderResponse answer(Provider provider) {
		return ProviderResponse.of(provider, names(this.providers.list()), this.components.byId());
	}

	private static Map<ProviderId, String> names(List<Provider> all) {
		return all.stream().collect(Collectors.toMap(Provider::id, Provider::name));
	}

}
