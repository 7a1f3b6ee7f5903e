package dev.sharpend.chatops.web;

import java.util.Map;

import dev.sharpend.chatops.ChatCaller;
import dev.sharpend.chatops.ChatCommands;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chat commands for bots such as Hubot, with an API token: the same commands and
 * replies as the slash command. The token's permissions decide what may change; the chat
 * user the bot names is recorded as the author.
 */
@RestController
@RequestMapping("/api/v1/chat/commands")
class ChatCommandApiController {

	private final ChatCommands commands;

	ChatCommandApiController(ChatCommands commands) {
		this.commands = commands;
	}

	@PostMapping
	@RequiresPermission(Permission.INCIDENT_READ)
	Map<String, String> run(@RequestBody ChatCommandRequest request, Authentication caller) {
		String chatUser = (request.user() != null && !request.user().isBlank())
				? request.user().strip().substring(0, Math.min(request.user().strip().length(), 100)) : null;
		String by = (chatUser != null) ? chatUser + " (via Hubot)" : caller.getName();
		return SlashReply.of(this.commands.run(new ChatCaller((chatUser != null) ? chatUser : caller.getName(), "Hubot",
				by, null, Permission.heldBy(caller)), request.text()));
	}

	/**
	 * A command typed in chat.
	 *
	 * @param text the command, such as {@code incident 12 note restarted the workers}
	 * @param user the chat user who typed it
	 */
	record ChatCommandRequest(String text, String user) {
	}

}
