package dev.sharpend.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.sharpend.system.Actor;
import dev.sharpend.system.Permission;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a browser session signed in with a password. */
class SignedInUser implements UserDetails, java.io.Serializable, CredentialsContainer, Actor.Source, UserBacked {

	private final UserId id;

	private final String email;

	private final String displayName;

	private final boolean enabled;

	private final List<GrantedAuthority> authorities;

	private String passwordHash;

	SignedInUser(User user, Set<Permission> permissions) {
		this.id = user.id();
		this.email = user.email();
		this.displayName = user.displayName();
		this.enabled = user.active() && user.passwordHash() != null;
		this.passwordHash = user.passwordHash();
		this.authorities = authorities(permissions);
	}

	static List<GrantedAuthority> authorities(Set<Permission> permissions) {
		return permissions.stream().map((p) -> (GrantedAuthority) new SimpleGrantedAuthority(p.code())).toList();
	}

	@Override
	public UserId userId() {
		return this.id;
	}

	String displayName() {
		return this.displayName;
	}

	@Override
	public Actor actor() {
		return new Actor(Actor.Type.USER, this.id.toString(), this.email);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
