package dev.sharpend.search;

import org.springframework.modulith.NamedInterface;

/**
 * Published, inside the writing transaction, when a searchable thing was created, changed
 * or deleted. The search module records it durably so that every node's index catches up.
 *
 * @param type the document type
 * @param id the identifier within the type
 */
@NamedInterface("api")
public record SearchIndexChanged(String type, String id) {
}
