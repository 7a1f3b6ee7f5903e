package dev.sharpend.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.sharpend.identity.SingleSignOnSettings;
import dev.sharpend.identity.SingleSignOnSettings.FieldProblem;
import dev.sharpend.identity.UserBacked;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Single sign-on settings for automation. The client secret is write-only: reads say
 * whether one is set.
 */
@RestController
@RequestMapping("/api/v1/settings/sso")
class SsoSettingsApiController {

	private final SingleSignOnSettings settings;

	private final SsoRedirectUri redirectUri;

	SsoSettingsApiController(SingleSignOnSettings settings, SsoRedirectUri redirectUri) {
		this.settings = settings;
		this.redirectUri = redirectUri;
	}

	@GetMapping
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	SsoSettingsResponse get() {
		return SsoSettingsResponse.of(this.settings.overview(), this.redirectUri.current().uri());
	}

	/**
	 * Replaces the stored settings; answers every invalid field at once, storing none.
	 */
	@PutMapping
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	ResponseEntity<?> put(@RequestBody SsoSettingsRequest request, Authentication authentication) {
		SingleSignOnSettings.Change change = request.toChange();
		List<FieldProblem> problems = this.settings.problems(change);
		if (!problems.isEmpty()) {
			return ResponseEntity.badRequest().body(invalid(problems));
		}
		this.settings.save(change, ((UserBacked) authentication.getPrincipal()).userId());
		return ResponseEntity.ok(get());
	}

	/** Removes the stored settings, so the environment's apply again. */
	@DeleteMapping
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete() {
		this.settings.remove();
	}

	private static ProblemDetail invalid(List<FieldProblem> problems) {
		String fields = String.join(", ", problems.stream().map(FieldProblem::field).distinct().toList());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Some fields are not valid: " + fields + ". Nothing was stored.");
		problem.setProperty("errors",
				problems.stream().map((p) -> Map.of("field", p.field(), "message", p.message())).toList());
		return problem;
	}

	/**
	 * New settings. {@code enabled} defaults to true; an absent or empty
	 * {@code clientSecret} keeps the stored one; {@code clearClientSecret} removes it.
	 */
	record SsoSettingsRequest(Boolean enabled, String issuer, String clientId, String clientSecret,
			Boolean clearClientSecret, String defaultRole, String label) {

		SingleSignOnSettings.Change toChange() {
			return new SingleSignOnSettings.Change(!Boolean.FALSE.equals(this.enabled), this.issuer, this.clientId,
					this.clientSecret, Boolean.TRUE.equals(this.clearClientSecret), this.defaultRole, this.label);
		}

		@Override
		public String toString() {
			return "SsoSettingsRequest[issuer=" + this.issuer + ", clientId=" + this.clientId + "]";
		}

	}

	/**
	 * The settings in force.
	 *
	 * @param source {@code stored} (saved in the UI or API), {@code environment}
	 * (SHARPEND_OIDC_*) or {@code none}
	 * @param redirectUri what to register at the provider
	 */
	record SsoSettingsResponse(String source, boolean enabled, String issuer, String clientId, boolean clientSecretSet,
			String defaultRole, String label, String redirectUri, Instant updatedAt, String updatedBy) {

		static SsoSettingsResponse of(SingleSignOnSettings.Overview o, String redirectUri) {
			return new SsoSettingsResponse(o.source().name().toLowerCase(), o.enabled(), o.issuer(), o.clientId(),
					o.clientSecretSet(), o.defaultRole(), o.label(), redirectUri, o.updatedAt(), o.updatedBy());
		}

	}

}
