package dev.sharpend.chatops.web;

import java.time.Instant;
import java.util.List;

import dev.sharpend.chatops.ChatIntegration;
import dev.sharpend.chatops.ChatIntegrations;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Chat integrations and the links from chat users to Sharpend users. A link lets a chat
 * user change things with a Sharpend user's permissions, so this is an installation
 * setting ({@code settings:admin}).
 */
@RestController
@RequestMapping("/api/v1/chat-integrations")
class ChatIntegrationApiController {

	private final ChatIntegrations integrations;

	ChatIntegrationApiController(ChatIntegrations integrations) {
		this.integrations = integrations;
	}

	@GetMapping
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	Items list() {
		return new Items(this.integrations.list().stream().map((i) -> ChatIntegrationResponse.of(i, null)).toList());
	}

	@PostMapping
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	@ResponseStatus(HttpStatus.CREATED)
	ChatIntegrationResponse create(@RequestBody CreateChatIntegrationRequest request) {
		ChatIntegrations.Created created = this.integrations.create(request.name(), request.kind(), request.secret());
		return ChatIntegrationResponse.of(created.integration(), created.secret());
	}

	@DeleteMapping("/{id}")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String id) {
		this.integrations.remove(id);
	}

	@PutMapping("/{id}/links/{chatUser}")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void link(@PathVariable String id, @PathVariable String chatUser, @RequestBody LinkRequest request) {
		this.integrations.link(id, chatUser, request.email());
	}

	@DeleteMapping("/{id}/links/{chatUser}")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unlink(@PathVariable String id, @PathVariable String chatUser) {
		this.integrations.unlink(id, chatUser);
	}

	/**
	 * A chat integration to add.
	 *
	 * @param name what to call it
	 * @param kind slack or mattermost
	 * @param secret the Slack app's signing secret or the Mattermost slash command's
	 * token; omit to have Sharpend make one
	 */
	record CreateChatIntegrationRequest(String name, String kind, String secret) {
	}

	/**
	 * @param email the Sharpend user the chat user acts as
	 */
	record LinkRequest(String email) {
	}

	/**
	 * A chat integration; {@code secret} only in the answer to its creation, and only
	 * when Sharpend made it.
	 */
	record ChatIntegrationResponse(String id, String name, String kind, String commandUrl, Instant createdAt,
			String secret) {

		static ChatIntegrationResponse of(ChatIntegration i, String secret) {
			return new ChatIntegrationResponse(i.id(), i.name(), i.kind().code(), "/hooks/chat/command", i.createdAt(),
					secret);
		}

	}

	record Items(List<ChatIntegrationResponse> items) {
	}

}
