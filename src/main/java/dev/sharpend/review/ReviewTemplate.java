package dev.sharpend.review;

import java.util.List;

/**
 * The sections a review starts with, in order.
 *
 * @param id a short stable id
 * @param name what people call it
 * @param sections the sections in order
 */
public record ReviewTemplate(String id, String name, List<SectionKey> sections) {
}
