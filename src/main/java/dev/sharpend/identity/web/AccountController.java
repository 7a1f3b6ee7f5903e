package dev.sharpend.identity.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiToken;
import dev.sharpend.identity.ApiTokenId;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.identity.User;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.SignedIn;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: password and API tokens. */
@Controller
@RequestMapping("/account")
@SignedIn
class AccountController {

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final Clock clock;

	AccountController(Accounts accounts, ApiTokens tokens, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping
	String account(Authentication authentication, Model model) {
		return page(authentication, model);
	}

	@PostMapping("/password")
	String changePassword(PasswordForm form, Authentication authentication, Model model, RedirectAttributes redirect) {
		try {
			if (!Objects.equals(form.newPassword(), form.repeatPassword())) {
				throw RequestRejected.invalid("repeatPassword", "The two new passwords are not the same.");
			}
			this.accounts.changePassword(Callers.userId(authentication), form.currentPassword(), form.newPassword());
		}
		catch (RequestRejected ex) {
			model.addAttribute("passwordErrors", Forms.errors(ex));
			return page(authentication, model);
		}
		redirect.addFlashAttribute("notice", "Your password is changed. Use the new one from now on.");
		return "redirect:/account";
	}

	@PostMapping("/tokens")
	String createToken(TokenForm form, Authentication authentication, Model model, RedirectAttributes redirect) {
		ApiTokens.CreatedToken created;
		try {
			created = this.tokens.create(Callers.user(authentication), form.name(),
					Forms.permissions(form.permissions()), expiry(form.expiresOn()));
		}
		catch (RequestRejected ex) {
			model.addAttribute("tokenForm", form);
			model.addAttribute("tokenErrors", Forms.errors(ex));
			return page(authentication, model);
		}
		redirect.addFlashAttribute("createdToken", new CreatedToken(created.token().name(), created.value()));
		return "redirect:/account#tokens";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
		ApiTokenId tokenId = parse(id);
		this.tokens.revoke(tokenId, Callers.userId(authentication), false);
		redirect.addFlashAttribute("notice", "The token is revoked. Programs that use it are refused from now on.");
		return "redirect:/account#tokens";
	}

	/** Revokes a token from an htmx request and answers with its updated table row. */
	@PostMapping(path = "/tokens/{id}/revoke", headers = "HX-Request=true")
	String revokeTokenFragment(@PathVariable String id, Authentication authentication, Model model) {
		ApiTokenId tokenId = parse(id);
		this.tokens.revoke(tokenId, Callers.userId(authentication), false);
		Instant now = this.clock.instant();
		model.addAttribute("tokens",
				this.tokens.ownedBy(Callers.userId(authentication))
					.stream()
					.filter((t) -> t.id().equals(tokenId))
					.map((t) -> TokenRow.of(t, now))
					.toList());
		return "identity/account :: tokenRow";
	}

	private String page(Authentication authentication, Model model) {
		User user = this.accounts.require(Callers.userId(authentication));
		model.addAttribute("user", user);
		model.addAttribute("roleName", this.accounts.roleName(user.roleId()));
		model.addAttribute("hasPassword", user.passwordHash() != null);
		Instant now = this.clock.instant();
		model.addAttribute("tokens", this.tokens.ownedBy(user.id()).stream().map((t) -> TokenRow.of(t, now)).toList());
		Forms.addIfAbsent(model, "tokenForm", new TokenForm(null, List.of(), null));
		Forms.addIfAbsent(model, "passwordErrors", Map.of());
		Forms.addIfAbsent(model, "tokenErrors", Map.of());
		TokenForm form = (TokenForm) model.getAttribute("tokenForm");
		model.addAttribute("permissionOptions", Forms.options(Permission.heldBy(authentication), form.permissions()));
		model.addAttribute("firstExpiryDate", LocalDate.ofInstant(now, ZoneOffset.UTC).toString());
		return "identity/account";
	}

	/** A token given an expiry date works until the end of that day, UTC. */
	private static Instant expiry(String date) {
		if (!StringUtils.hasText(date)) {
			return null;
		}
		try {
			return LocalDate.parse(date.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw RequestRejected.invalid("expiresAt", "Enter the expiry as a date such as 2030-12-31, or none.");
		}
	}

	private static ApiTokenId parse(String id) {
		try {
			return new ApiTokenId(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.notFound("There is no such token.");
		}
	}

	record PasswordForm(String currentPassword, String newPassword, String repeatPassword) {
	}

	record TokenForm(String name, List<String> permissions, String expiresOn) {
	}

	/**
	 * A token's value, shown once right after it was created.
	 *
	 * @param name the token's name
	 * @param value the bearer value
	 */
	record CreatedToken(String name, String value) implements Serializable {
	}

	record TokenRow(String id, String name, String hint, List<String> permissions, String created, String expires,
			String lastUsed, String revoked, boolean expired) {

		static TokenRow of(ApiToken token, Instant now) {
			boolean expired = token.revokedAt() == null && !token.usableAt(now);
			return new TokenRow(token.id().toString(), token.name(), token.hint(), Forms.codes(token.permissions()),
					Forms.show(token.createdAt()), Forms.show(token.expiresAt()), Forms.show(token.lastUsedAt()),
					Forms.show(token.revokedAt()), expired);
		}

	}

}
