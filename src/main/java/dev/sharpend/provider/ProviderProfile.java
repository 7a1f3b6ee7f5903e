package dev.sharpend.provider;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the register records about a provider beyond its name and kind: the plan, who to
 * call, the data of ours it holds and how access to it is granted, and when to look at it
 * again.
 *
 * @param plan plan or tier, published SLA, anything about the contract worth knowing
 * @param support support contacts and the escalation path
 * @param dataHeld the data of ours it holds, in words
 * @param sensitivity how sensitive that data is
 * @param access how finely access to it is granted
 * @param credentialsLocation where its credentials are kept (never the credential)
 * @param securityNotes security and privacy notes (attestations, DPA, audit log)
 * @param contractRenewal when the contract renews, null when not recorded
 * @param nextReview when the provider is next reviewed, null when not recorded
 */
public record ProviderProfile(String plan, String support, String dataHeld, Sensitivity sensitivity,
		AccessGranularity access, String credentialsLocation, String securityNotes, @Nullable LocalDate contractRenewal,
		@Nullable LocalDate nextReview) {

	/** Nothing recorded yet; sensitivity and access not assessed. */
	public static ProviderProfile empty() {
		return new ProviderProfile("", "", "", Sensitivity.NOT_ASSESSED, AccessGranularity.NOT_ASSESSED, "", "", null,
				null);
	}

}
