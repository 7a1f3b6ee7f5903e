package dev.sharpend.chatops;

import java.time.Instant;

import dev.sharpend.secret.SecretRef;

/**
 * A chat workspace's slash command.
 *
 * @param id its id
 * @param name what it is called in Sharpend
 * @param kind Slack or Mattermost
 * @param secret the sealed Slack signing secret, or null
 * @param createdAt when it was added
 */
public record ChatIntegration(String id, String name, ChatKind kind, SecretRef secret, Instant createdAt) {
}
