package dev.sharpend.statuspage;

/**
 * A change to a status incident's impact override: a fixed impact, or {@link #DERIVED} to
 * drop the override so the impact follows the affected components again. Where no change
 * is meant, callers pass null instead.
 *
 * @param impact the impact to show, or null for derived
 */
public record ImpactOverride(Impact impact) {

	/** Drops the override: the impact is derived from the affected components again. */
	public static final ImpactOverride DERIVED = new ImpactOverride(null);

	/** The wire word that asks for {@link #DERIVED}. */
	public static final String DERIVED_CODE = "derived";

	/** An override to this impact, or null (no change) when the impact is null. */
	public static ImpactOverride of(Impact impact) {
		return (impact != null) ? new ImpactOverride(impact) : null;
	}

	String code() {
		return (this.impact != null) ? this.impact.code() : DERIVED_CODE;
	}

}
