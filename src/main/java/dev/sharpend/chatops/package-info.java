/**
 * Chat integrations: slash commands and replies that let responders act on alerts and
 * incidents from Slack or Hubot.
 */
@ApplicationModule(
		allowedDependencies = { "alert :: api", "identity :: api", "incident :: api", "secret :: api", "system" })
@NullMarked
package dev.sharpend.chatops;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
