package dev.sharpend.provider.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.CatalogueEntry;
import dev.sharpend.provider.ProviderCatalogue;
import dev.sharpend.provider.ProviderKind;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Paged;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.WireCode;

import org.springframework.web.bind.annotation.GetMapping;
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

	record CatalogueResponse(String name, String kind, String statusPage, String format, String feed,
			List<String> regions) {

		static CatalogueResponse of(CatalogueEntry e) {
			return new CatalogueResponse(e.name(), e.kind().code(), e.page(), e.format().code(), e.feed(), e.regions());
		}

	}

}
