package dev.sharpend.identity.web;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import dev.sharpend.identity.ApiToken;
import dev.sharpend.identity.ApiTokenId;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.identity.TokenCaller;
import dev.sharpend.identity.UserBacked;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.SignedIn;
import dev.sharpend.system.WireCode;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own API tokens. A token sees and revokes only itself unless it has
 * {@code user:admin}; what it creates stays within its own permissions and expiry.
 */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApiController {

	private final ApiTokens tokens;

	TokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	@SignedIn
	ItemsResponse list(Authentication authentication) {
		return new ItemsResponse(
				this.tokens.visibleTo(caller(authentication)).stream().map(TokenResponse::of).toList());
	}

	@PostMapping
	@SignedIn
	@ResponseStatus(HttpStatus.CREATED)
	CreatedTokenResponse create(@Valid @RequestBody CreateTokenRequest request, Authentication authentication) {
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		for (String code : request.permissions()) {
			permissions.add(WireCode.find(Permission.class, code)
				.orElseThrow(() -> RequestRejected.invalid("permissions", "Unknown permission \"" + code
						+ "\"; use codes such as incident:read (GET /api/v1/me lists yours).")));
		}
		ApiTokens.CreatedToken created = this.tokens.create(caller(authentication), request.name(), permissions,
				request.expiresAt());
		return new CreatedTokenResponse(TokenResponse.of(created.token()), created.value());
	}

	@DeleteMapping("/{id}")
	@SignedIn
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable String id, Authentication authentication) {
		ApiTokenId tokenId;
		try {
			tokenId = ApiTokenId.of(id);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.notFound("There is no such token.");
		}
		// The API chain authenticates by token only.
		this.tokens.revoke(tokenId, (TokenCaller) authentication.getPrincipal());
	}

	private static UserBacked caller(Authentication authentication) {
		return (UserBacked) authentication.getPrincipal();
	}

	record CreateTokenRequest(@NotBlank @Size(max = 100) String name, @NotEmpty List<String> permissions,
			Instant expiresAt) {
	}

	record TokenResponse(String id, String name, String hint, List<String> permissions, Instant createdAt,
			Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

		static TokenResponse of(ApiToken token) {
			return new TokenResponse(token.id().toString(), token.name(), token.hint(),
					token.permissions().stream().map(Permission::code).sorted().toList(), token.createdAt(),
					token.expiresAt(), token.lastUsedAt(), token.revokedAt());
		}

	}

	/** The new token; {@code token} is its value, shown only in this response. */
	record CreatedTokenResponse(String id, String name, String hint, List<String> permissions, Instant createdAt,
			Instant expiresAt, String token) {

		CreatedTokenResponse(TokenResponse t, String value) {
			this(t.id(), t.name(), t.hint(), t.permissions(), t.createdAt(), t.expiresAt(), value);
		}

	}

	record ItemsResponse(List<TokenResponse> items) {
	}

}
