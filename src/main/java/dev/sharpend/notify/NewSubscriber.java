package dev.sharpend.notify;

import java.util.Set;

/**
 * A subscriber to add.
 *
 * @param channel how they are told
 * @param target the e-mail address or URL
 * @param components component ids to hear about; empty for all
 * @param skipConfirmation for e-mail added by an administrator: whether the address is
 * taken as confirmed without a confirmation mail
 */
public record NewSubscriber(Channel channel, String target, Set<String> components, boolean skipConfirmation) {
}
