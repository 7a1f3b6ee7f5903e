package dev.sharpend.oncall;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One notification a page should send.
 *
 * @param due when to send it
 * @param method the contact method, null for the person's account e-mail address
 * @param label how it is shown, such as {@code SMS +44 7700 900123} or {@code e-mail}
 */
record PlannedContact(Instant due, @Nullable UUID method, String label) {
}
