package dev.sharpend.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.sharpend.system.Actor;
import dev.sharpend.system.Permission;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of a browser session signed in through OIDC single sign-on. It stands for
 * the Sharpend user matched by e-mail address and carries that user's permissions,
 * exactly like a password sign-in.
 */
class SingleSignOnUser implements OidcUser, Serializable, Actor.Source, UserBacked {

	private final UserId id;

	private final String email;

	private final List<GrantedAuthority> authorities;

	private final OidcIdToken idToken;

	private final OidcUserInfo userInfo;

	private final Map<String, Object> claims;

	SingleSignOnUser(User user, Set<Permission> permissions, OidcUser provided) {
		this.id = user.id();
		this.email = user.email();
		this.authorities = SignedInUser.authorities(permissions);
		this.idToken = provided.getIdToken();
		this.userInfo = provided.getUserInfo();
		this.claims = Collections.unmodifiableMap(new LinkedHashMap<>(provided.getClaims()));
	}

	@Override
	public UserId userId() {
		return this.id;
	}

	@Override
	public Actor actor() {
		return new Actor(Actor.Type.USER, this.id.toString(), this.email);
	}

	/** The Sharpend user's e-mail address, as with password sign-in. */
	@Override
	public String getName() {
		return this.email;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.authorities;
	}

	@Override
	public Map<String, Object> getClaims() {
		return this.claims;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return this.claims;
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return this.userInfo;
	}

	@Override
	public OidcIdToken getIdToken() {
		return this.idToken;
	}

}
