package dev.sharpend.review;

/**
 * Who reads a review: personal accounts and drafts depend on it.
 *
 * @param name the caller's name (their e-mail address)
 * @param mayWrite whether they hold review:write (and so may read drafts)
 */
public record Viewer(String name, boolean mayWrite) {
}
