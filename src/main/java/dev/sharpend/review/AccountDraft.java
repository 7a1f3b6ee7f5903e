package dev.sharpend.review;

/**
 * What someone writes in their account; null fields are left as they are.
 *
 * @param saw what I saw
 * @param did what I did
 * @param expected what I expected
 * @param assumed what I assumed
 * @param understood how I understood what was happening
 * @param shared whether to share it
 */
public record AccountDraft(String saw, String did, String expected, String assumed, String understood, Boolean shared) {
}
