package dev.sharpend.provider.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.provider.ComponentMapping;
import dev.sharpend.provider.ComponentMappings;
import dev.sharpend.provider.ComponentMappings.UpstreamNote;
import dev.sharpend.provider.MappingRule;
import dev.sharpend.provider.ProviderId;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.WireCode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which of a provider's components map to ours, the notes our components show, and
 * keeping a person's override of a status Sharpend set.
 */
@RestController
class ProviderMappingApiController {

	private final ComponentMappings mappings;

	ProviderMappingApiController(ComponentMappings mappings) {
		this.mappings = mappings;
	}

	@GetMapping("/api/v1/providers/{id}/mappings")
	@RequiresPermission(Permission.PROVIDER_READ)
	List<MappingBody> list(@PathVariable UUID id) {
		return this.mappings.of(new ProviderId(id)).stream().map(MappingBody::of).toList();
	}

	/**
	 * Replaces the provider's mappings with the list given (an empty list removes all).
	 */
	@PutMapping("/api/v1/providers/{id}/mappings")
	@RequiresPermission(Permission.PROVIDER_WRITE)
	List<MappingBody> replace(@PathVariable UUID id, @RequestBody @Nullable List<MappingBody> body) {
		if (body == null) {
			throw RequestRejected.invalid("mappings", "Send a JSON list of mappings ([] removes them all).");
		}
		ProviderId provider = new ProviderId(id);
		List<ComponentMapping> wanted = body.stream().map((m) -> m.toMapping(provider)).toList();
		return this.mappings.replace(provider, wanted).stream().map(MappingBody::of).toList();
	}

	/** What our components' providers say now, for each one that is not operational. */
	@GetMapping("/api/v1/provider-notes")
	@RequiresPermission(Permission.PROVIDER_READ)
	List<NoteBody> notes(@RequestParam(name = "component", required = false) @Nullable List<String> components) {
		List<ComponentId> ours = (components == null) ? List.of()
				: components.stream().map((c) -> ComponentId.parse(c, "componentId")).toList();
		return this.mappings.notes(ours).stream().map(NoteBody::of).toList();
	}

	/**
	 * Keeps a person's override of a status Sharpend set on the component beyond the
	 * provider's next change ({@code {"locked": true}}), or releases it.
	 */
	@PutMapping("/api/v1/provider-overrides/{component}")
	@RequiresPermission(Permission.PROVIDER_WRITE)
	ResponseEntity<Void> lock(@PathVariable String component, @RequestBody @Nullable LockBody body) {
		if (body == null || body.locked() == null) {
			throw RequestRejected.invalid("locked",
					"Send {\"locked\": true} to keep the override, false to release it.");
		}
		this.mappings.lock(ComponentId.parse(component, "componentId"), body.locked());
		return ResponseEntity.noContent().build();
	}

	/**
	 * One mapping as the API shows and takes it.
	 *
	 * @param upstreamComponent the provider's component, as its page names it
	 * @param componentId our component
	 * @param rule {@code note} or {@code degrade} (default note)
	 * @param cap the worst status {@code degrade} may set (default partial_outage)
	 */
	record MappingBody(@Nullable String upstreamComponent, @Nullable String componentId, @Nullable String rule,
			@Nullable String cap) {

		static MappingBody of(ComponentMapping m) {
			return new MappingBody(m.upstreamComponent(), m.component().value(), m.rule().code(), m.cap().code());
		}

		ComponentMapping toMapping(ProviderId provider) {
			if (this.upstreamComponent == null || this.componentId == null) {
				throw RequestRejected.invalid("mappings",
						"Each mapping names upstreamComponent (the provider's component) and componentId (ours).");
			}
			MappingRule r = (this.rule == null) ? MappingRule.NOTE
					: WireCode.parse(MappingRule.class, this.rule, "rule");
			ComponentStatus c = (this.cap == null) ? ComponentMapping.DEFAULT_CAP
					: WireCode.parse(ComponentStatus.class, this.cap, "cap");
			return new ComponentMapping(provider, this.upstreamComponent.strip(),
					ComponentId.parse(this.componentId, "componentId"), r, c);
		}

	}

	record LockBody(@Nullable Boolean locked) {
	}

	record NoteBody(String componentId, String providerId, String provider, String upstreamComponent, String status,
			@Nullable Instant since, @Nullable String upstreamIncident, String rule, boolean overridden,
			boolean locked) {

		static NoteBody of(UpstreamNote n) {
			return new NoteBody(n.component().value(), n.provider().toString(), n.providerName(), n.upstreamComponent(),
					n.status().code(), n.since(), n.incident(), n.rule().code(), n.overridden(), n.locked());
		}

	}

}
