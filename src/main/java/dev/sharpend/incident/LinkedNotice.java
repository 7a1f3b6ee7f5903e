package dev.sharpend.incident;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * The status incident published from an incident on one status page.
 *
 * @param page the status page's id
 * @param notice the status incident's id
 * @param publishedAt when it was first published
 */
@NamedInterface("api")
public record LinkedNotice(String page, String notice, Instant publishedAt) {
}
