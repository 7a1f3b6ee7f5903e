package dev.sharpend.provider.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

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

	ProviderApiController(Providers providers, ProviderCatalogue catalogue) {
		this.providers = providers;
		this.catalogue = catalogue;
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
		List<Provider> matching = all.stream()
			.filter((p) -> wanted == null || p.kind() == wanted)
			.filter((p) -> p.name().toLowerCase(Locale.ROOT).contains(part))
			.toList();
		return PageOf.slice(matching, window).map((p) -> ProviderResponse.of(p, names));
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

	private ProviderResponse answer(Provider provider) {
		return ProviderResponse.of(provider, names(this.providers.list()));
	}

	private static Map<ProviderId, String> names(List<Provider> all) {
		return all.stream().collect(Collectors.toMap(Provider::id, Provider::name));
	}

}
