package dev.sharpend.identity;

import java.util.Set;

import dev.sharpend.system.Actor;
import dev.sharpend.system.Permission;

/**
 * The principal of a request authenticated by an API token.
 *
 * @param token the token used
 * @param owner the user it acts for
 * @param permissions what it may do now
 */
public record TokenCaller(ApiToken token, User owner,
		Set<Permission> permissions) implements Actor.Source, UserBacked, java.security.Principal {

	@Override
	public Actor actor() {
		return new Actor(Actor.Type.TOKEN, this.token.id().toString(),
				this.owner.email() + " (token " + this.token.name() + ")");
	}

	/**
	 * The owner's e-mail address, so "who did it" reads as the person a token acts for.
	 */
	@Override
	public String getName() {
		return this.owner.email();
	}

	@Override
	public UserId userId() {
		return this.owner.id();
	}

}
