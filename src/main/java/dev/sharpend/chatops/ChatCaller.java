package dev.sharpend.chatops;

import java.util.Set;

import dev.sharpend.system.Actor;
import dev.sharpend.system.Permission;

/**
 * Who runs a chat command.
 *
 * @param chatUser the chat user's name as the chat shows it
 * @param via where the command came from, such as {@code Slack} or {@code Hubot}
 * @param by the author recorded on what the command changes, or null when the chat user
 * is not linked to a Sharpend user (and may only read)
 * @param userId the linked Sharpend user's id, or null
 * @param permissions what the command may change
 */
public record ChatCaller(String chatUser, String via, String by, String userId,
		Set<Permission> permissions) implements Actor.Source {

	/**
	 * Someone in chat whose account is not linked to a Sharpend user: may change nothing.
	 */
	public static ChatCaller unlinked(String chatUser, String via) {
		return new ChatCaller(chatUser, via, null, null, Set.of());
	}

	public boolean may(Permission permission) {
		return this.by != null && this.permissions.contains(permission);
	}

	/** The linked user, acting through chat, as the audit log names them. */
	@Override
	public Actor actor() {
		return new Actor(Actor.Type.USER, this.userId, this.by + " (" + this.via + " user " + this.chatUser + ")");
	}

}
