package dev.sharpend.notify;

import org.springframework.modulith.NamedInterface;

/**
 * A message to a person's contact method was given up after the last retry.
 *
 * @param receiver the contact method's id as the delivery carried it (32 hex digits)
 * @param channel how it was sent
 * @param reason why the last attempt failed
 */
@NamedInterface("api")
public record PersonalDeliveryDead(String receiver, Channel channel, String reason) {
}
