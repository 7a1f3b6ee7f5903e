package dev.sharpend.provider.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.CatalogueEntry;
import dev.sharpend.provider.ProviderCatalogue;
import dev.sharpend.provider.ProviderKind;
import dev.sharpend.provider.upstream.StatusFormat;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of well-known providers, to start a provider from. */
@RestController
class ProviderCatalogueApiController {

	private final ProviderCatalogue catalogue;

	ProviderCatalogueApiController(ProviderCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** The entries by name, narrowed by kind and by a part of the name. */
	@GetMapping("/api/v1/provider-catalogue")
	@RequiresPermission(Permission.PROVIDER_READ)
	PageOf<CatalogueResponse> list(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String q, @Paged(size = 100) PageWindow window) {
		ProviderKind wanted = (kind == null || kind.isBlank()) ? null
				: WireCode.parse(ProviderKind.class, kind, "kind");
		String part = (q == null) ? "" : q.strip().toLowerCase(Locale.ROOT);
		List<CatalogueEntry> matching = this.catalogue.entries()
			.stream()
			.filter((e) -> wanted == null || e.kind() == wanted)
			.filter((e) -> e.name().toLowerCase(Locale.ROOT).contains(part))
			.toList();
		return PageOf.slice(matching, window).map(CatalogueResponse::of);
	}

	/**
	 * Adds the team's catalogue entry of this name, or replaces it; an entry shipped with
	 * Sharpend of the same name is replaced while the team's exists.
	 */
	@PutMapping("/api/v1/provider-catalogue/{name}")
	@RequiresPermission(Permission.PROVIDER_WRITE)
	CatalogueResponse save(@PathVariable String name, @RequestBody @Nullable CatalogueRequest body) {
		if (body == null) {
			throw RequestRejected.invalid("kind", "Send the entry's kind, format, feed and status page as JSON.");
		}
		return CatalogueResponse.of(this.catalogue.save(new CatalogueEntry(name,
				WireCode.parse(ProviderKind.class, body.kind(), "kind"),
				(body.statusPage() != null) ? body.statusPage() : "",
				WireCode.parse(StatusFormat.class, body.format(), "format"), (body.feed() != null) ? body.feed() : "",
				(body.regions() != null) ? body.regions() : List.of(), true)));
	}

	/**
	 * Removes the team's entry of this name; a shipped one of the same name shows again.
	 */
	@DeleteMapping("/api/v1/provider-catalogue/{name}")
	@RequiresPermission(Permission.PROVIDER_WRITE)
	ResponseEntity<Void> remove(@PathVariable String name) {
		this.catalogue.remove(name);
		return ResponseEntity.noContent().build();
	}

	record CatalogueRequest(@Nullable String kind, @Nullable String statusPage, @Nullable String format,
			@Nullable String feed, @Nullable List<String> regions) {
	}

	/**
	 * An entry as the API shows it.
	 *
	 * @param source {@code sharpend} for an entry shipped with Sharpend, {@code team} for
	 * one the team added or changed
	 */
	record CatalogueResponse(String name, String kind, String statusPage, String format, String feed,
			List<String> regions, String source) {

		static CatalogueResponse of(CatalogueEntry e) {
			return new CatalogueResponse(e.name(), e.kind().code(), e.page(), e.format().code(), e.feed(), e.regions(),
					e.team() ? "team" : "sharpend");
		}

	}

}
