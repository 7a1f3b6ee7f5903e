package dev.sharpend.review;

import java.util.List;

/**
 * A contributing factor or a mitigator.
 *
 * @param id the factor's id
 * @param review the review's id
 * @param mitigator whether it limited the impact rather than contributed to it
 * @param type where in the system it lies
 * @param description what it was, in Markdown
 * @param evidence ids of incident timeline entries that show it
 */
public record Factor(long id, long review, boolean mitigator, FactorType type, String description,
		List<Long> evidence) {

	public String kind() {
		return this.mitigator ? "mitigator" : "factor";
	}

}
