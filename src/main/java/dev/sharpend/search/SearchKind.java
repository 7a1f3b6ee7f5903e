package dev.sharpend.search;

import dev.sharpend.system.Permission;

import org.springframework.modulith.NamedInterface;

/**
 * A type of document a module pushes, and who may find it: a module declares one bean of
 * this per type. Search offers a caller the types whose permission they hold, and only
 * those.
 *
 * @param type the document type, as in {@link SearchDocument#type()}
 * @param readPermission the permission a caller needs to see documents of this type
 */
@NamedInterface("api")
public record SearchKind(String type, Permission readPermission) {
}
