package dev.sharpend.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

class PermissionTests {

	private final Authentication caller = UsernamePasswordAuthenticationToken.authenticated("ada@example.com", null,
			AuthorityUtils
				.createAuthorityList(List.of("incident:read", "review:write", "ROLE_ADMIN", "FACTOR_PASSWORD")));

	@Test
	void aCallerHoldsThePermissionsAmongItsAuthoritiesAndNothingElse() {
		assertThat(Permission.heldBy(this.caller)).containsExactlyInAnyOrder(Permission.INCIDENT_READ,
				Permission.REVIEW_WRITE);
		assertThat(Permission.INCIDENT_READ.isHeldBy(this.caller)).isTrue();
		assertThat(Permission.INCIDENT_WRITE.isHeldBy(this.caller)).isFalse();
	}

	@Test
	void nobodyHoldsNothing() {
		assertThat(Permission.heldBy(null)).isEmpty();
		assertThat(Permission.INCIDENT_READ.isHeldBy(null)).isFalse();
	}

}
