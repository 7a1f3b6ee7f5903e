package dev.sharpend.search;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import dev.sharpend.system.WireCode;

import org.springframework.modulith.NamedInterface;

/**
 * A value a search filter may be set to, as the module owning the documents names it: the
 * search form offers these as a menu rather than a box to guess into.
 *
 * @param field the filtered field
 * @param code the value as indexed and as the query names it
 * @param label the value as people read it
 */
@NamedInterface("api")
public record SearchChoice(SearchField field, String code, String label) {

	/** One choice per constant of {@code type}, in declaration order. */
	public static <E extends Enum<E> & WireCode> List<SearchChoice> each(SearchField field, Class<E> type,
			Function<E, String> label) {
		return Arrays.stream(type.getEnumConstants())
			.map((c) -> new SearchChoice(field, c.code(), label.apply(c)))
			.toList();
	}

}
