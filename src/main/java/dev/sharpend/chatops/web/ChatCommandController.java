package dev.sharpend.chatops.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import dev.sharpend.chatops.ChatCaller;
import dev.sharpend.chatops.ChatCommands;
import dev.sharpend.chatops.ChatIntegration;
import dev.sharpend.chatops.ChatIntegrations;
import dev.sharpend.chatops.ChatPost;
import dev.sharpend.chatops.ChatReply;
import dev.sharpend.system.KeyAuthenticated;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Slack- and Mattermost-style slash commands. The form body is read raw, because Slack
 * signs exactly those bytes; a post is accepted only when it proves its integration.
 */
@RestController
@RequestMapping("/hooks/chat/command")
class ChatCommandController {

	static final int MAX_BODY = 16 * 1024;

	private final ChatIntegrations integrations;

	private final ChatCommands commands;

	ChatCommandController(ChatIntegrations integrations, ChatCommands commands) {
		this.integrations = integrations;
		this.commands = commands;
	}

	@PostMapping
	@KeyAuthenticated("the chat integration's Slack signing secret or Mattermost token")
	ResponseEntity<?> command(HttpServletRequest request) throws IOException {
		byte[] body = readBounded(request);
		if (body == null) {
			return problem(HttpStatus.PAYLOAD_TOO_LARGE, "A slash command post is at most 16 KiB.");
		}
		ChatPost post = new ChatPost(body, fields(body), request.getHeader("X-Slack-Signature"),
				request.getHeader("X-Slack-Request-Timestamp"), request.getHeader("Authorization"));
		ChatIntegration integration = this.integrations.authenticate(post).orElse(null);
		if (integration == null) {
			return problem(HttpStatus.UNAUTHORIZED, "The post is not signed with a known Slack signing secret (or "
					+ "is older than 5 minutes) and carries no known Mattermost token.");
		}
		ChatCaller caller = this.integrations.caller(integration, post.field("user_id"), post.field("user_name"));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(SlashReply.of(runAs(caller, post.field("text"))));
	}

	/**
	 * Runs the command with the linked user as the request's principal, so the audit log
	 * records who acted.
	 */
	private ChatReply runAs(ChatCaller caller, String text) {
		if (caller.userId() == null) {
			return this.commands.run(caller, text);
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, java.util.List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return this.commands.run(caller, text);
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private static byte[] readBounded(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_BODY) {
			return null;
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BODY + 1);
			return (body.length > MAX_BODY) ? null : body;
		}
	}

	static Map<String, String> fields(byte[] body) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = (eq < 0) ? pair : pair.substring(0, eq);
			String value = (eq < 0) ? "" : pair.substring(eq + 1);
			try {
				fields.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
						URLDecoder.decode(value, StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				// a malformed pair is ignored, like a missing field
			}
		}
		return fields;
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
