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
public record TokenCaller(ApiToken token, User owner, Set<Permission> permissions) implements Actor.Source, UserBacked {

	@Override
	public Actor actor() {
		return new Actor(Actor.Type.TOKEN, this.token.id().toString(),
				this.owner.email() + " (token " + this.token.name() + ")");
	}

	@Override
	public UserId userId() {
		return this.owner.id();
	}

}
