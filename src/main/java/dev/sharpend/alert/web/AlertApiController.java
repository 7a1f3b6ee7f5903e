package dev.sharpend.alert.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import dev.sharpend.alert.Alert;
import dev.sharpend.alert.AlertIntake;
import dev.sharpend.alert.AlertStatus;
import dev.sharpend.alert.IntakeRates;
import dev.sharpend.alert.Integration;
import dev.sharpend.alert.IntegrationType;
import dev.sharpend.alert.Integrations;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Paged;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.WireCode;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Integrations and alerts, for automation. */
@RestController
@RequestMapping("/api/v1")
class AlertApiController {

	private final Integrations integrations;

	private final AlertIntake intake;

	private final IntakeRates rates;

	AlertApiController(Integrations integrations, AlertIntake intake, IntakeRates rates) {
		this.integrations = integrations;
		this.intake = intake;
		this.rates = rates;
	}

	@GetMapping("/integrations")
	@RequiresPermission(Permission.ALERT_READ)
	Map<String, List<IntegrationResponse>> integrations() {
		return Map.of("items",
				this.integrations.all()
					.stream()
					.map((i) -> IntegrationResponse.of(i, this.rates, null, null))
					.toList());
	}

	@PostMapping("/integrations")
	@RequiresPermission(Permission.ALERT_WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	IntegrationResponse create(@RequestBody CreateIntegrationRequest request, HttpServletRequest http) {
		IntegrationType type = (request.type() != null) ? WireCode.parse(IntegrationType.class, request.type(), "type")
				: null;
		Integrations.CreatedIntegration created = this.integrations.create(request.name(), type, request.ruleLabels(),
				request.groupBy(), (request.groupWindowSeconds() != null)
						? java.time.Duration.ofSeconds(request.groupWindowSeconds()) : null,
				request.mapping(), request.ratePerMinute());
		String base = ServletUriComponentsBuilder.fromContextPath(http).build().toUriString();
		String url = switch (created.integration().type()) {
			case PAGERDUTY -> base + "/hooks/pagerduty/v2/enqueue";
			default -> base + "/hooks/" + created.integration().type().code() + "/" + created.key();
		};
		return IntegrationResponse.of(created.integration(), this.rates, created.key(), url);
	}

	/**
	 * Changes an integration's settings; today its rate. {@code "ratePerMinute": null}
	 * goes back to the default.
	 */
	@PatchMapping("/integrations/{id}")
	@RequiresPermission(Permission.ALERT_WRITE)
	IntegrationResponse change(@PathVariable String id, @RequestBody tools.jackson.databind.JsonNode request) {
		UUID uuid = integrationId(id);
		if (request == null || !request.isObject() || !request.has("ratePerMinute")) {
			throw RequestRejected.invalid("ratePerMinute",
					"Send the field to change, such as {\"ratePerMinute\": 120} (null for the default).");
		}
		tools.jackson.databind.JsonNode rate = request.get("ratePerMinute");
		if (!rate.isNull() && !rate.canConvertToInt()) {
			throw RequestRejected.invalid("ratePerMinute", "Give the rate as a whole number of deliveries a minute.");
		}
		Integration changed = this.integrations.changeRate(uuid, rate.isNull() ? null : rate.intValue());
		return IntegrationResponse.of(changed, this.rates, null, null);
	}

	@DeleteMapping("/integrations/{id}")
	@RequiresPermission(Permission.ALERT_WRITE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void disable(@PathVariable String id) {
		this.integrations.disable(integrationId(id));
	}

	private static UUID integrationId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.notFound("There is no integration " + id + ".");
		}
	}

	@GetMapping("/alerts")
	@RequiresPermission(Permission.ALERT_READ)
	PageOf<AlertResponse> list(@RequestParam(required = false) String status, @Paged PageWindow window) {
		AlertStatus filter = (status != null) ? WireCode.parse(AlertStatus.class, status, "status") : null;
		return PageOf.of(this.intake.list(filter, window.offset(), window.size()), window, this.intake.count(filter))
			.map(AlertResponse::of);
	}

	record CreateIntegrationRequest(String name, String type, List<String> ruleLabels, List<String> groupBy,
			Long groupWindowSeconds, dev.sharpend.alert.GenericMapping mapping, Integer ratePerMinute) {
	}

	record IntegrationResponse(String id, String name, String type, String keyHint, List<String> ruleLabels,
			List<String> groupBy, long groupWindowSeconds, int ratePerMinute, boolean defaultRate, long refusedOverRate,
			Instant createdAt, Instant disabledAt, String key, String url) {

		/** {@code refusedOverRate} counts since this node started. */
		static IntegrationResponse of(Integration i, IntakeRates rates, String key, String url) {
			return new IntegrationResponse(i.id().toString(), i.name(), i.type().code(), i.keyHint(), i.ruleLabels(),
					i.groupBy(), i.groupWindow().toSeconds(), rates.rate(i), i.ratePerMinute() == null,
					rates.refusedSinceStart(i.id()), i.createdAt(), i.disabledAt(), key, url);
		}

	}

	record AlertResponse(long id, String integrationId, String fingerprint, String ruleKey, String status, String title,
			String severity, Map<String, String> labels, Map<String, String> annotations, Instant startsAt,
			Instant endsAt, String sourceUrl, Instant firstSeen, Instant lastSeen, long occurrences, Long groupId,
			String suppressedBy) {

		static AlertResponse of(Alert a) {
			return new AlertResponse(a.id(), a.integration().toString(), a.fingerprint(), a.ruleKey(),
					a.status().code(), a.title(), a.severity(), a.labels(), a.annotations(), a.startsAt(), a.endsAt(),
					a.sourceUrl(), a.firstSeen(), a.lastSeen(), a.occurrences(), a.groupId(), a.suppressedBy());
		}

	}

}
