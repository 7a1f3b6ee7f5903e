package dev.sharpend.review;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contributing factor or a mitigator.
 *
 * @param id the factor's id
 * @param review the review's id
 * @param mitigator whether it limited the impact rather than contributed to it
 * @param type where in the system it lies
 * @param description what it was, in Markdown
 * @param evidence ids of incident timeline entries that show it
 * @param provider the third-party provider it lay with, null for none
 */
public record Factor(long id, long review, boolean mitigator, FactorType type, String description, List<Long> evidence,
		@Nullable UUID provider) {

	public String kind() {
		return this.mitigator ? "mitigator" : "factor";
	}

}
