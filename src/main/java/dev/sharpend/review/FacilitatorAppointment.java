package dev.sharpend.review;

import java.time.Instant;

/**
 * Who last chose a review's facilitator, and when. The facilitator reads every personal
 * account, so the review shows it to everyone.
 *
 * @param by who appointed them
 * @param at when
 */
record FacilitatorAppointment(String by, Instant at) {
}
