package dev.sharpend.search;

import java.util.List;
import java.util.function.Supplier;

import dev.sharpend.system.Permission;

import org.springframework.modulith.NamedInterface;

/**
 * A type of document a module pushes, and who may find it: a module declares one bean of
 * this per type. Search offers a caller the types whose permission they hold, and only
 * those, and the filter values those types carry.
 *
 * @param type the document type, as in {@link SearchDocument#type()}
 * @param readPermission the permission a caller needs to see documents of this type
 * @param choices the values its documents' keyword fields take (looked up on each use,
 * for values an administrator can change, such as severities)
 */
@NamedInterface("api")
public record SearchKind(String type, Permission readPermission, Supplier<List<SearchChoice>> choices) {

	/** A type whose fields offer no values to choose from. */
	public SearchKind(String type, Permission readPermission) {
		this(type, readPermission, List::of);
	}

}
