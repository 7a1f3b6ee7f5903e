package dev.sharpend.provider;

import java.util.List;

/**
 * Where a provider stands in the risk view, and why.
 *
 * @param provider the provider
 * @param rank its place, from 1 for the riskiest; providers with the same score share a
 * place
 * @param score critical path × tenancy × data sensitivity × access, each factor from 1
 * (least risk) upwards; 0 for a retired provider
 * @param criticalFor the names of our components that fail when it does, directly or
 * through the providers that run on it
 * @param reason the factors in words, such as "Critical path for Checkout and Login;
 * multi-tenant; holds customer personal data (restricted); one shared credential"
 */
public record RiskAssessment(Provider provider, int rank, int score, List<String> criticalFor, String reason) {

	public RiskAssessment {
		criticalFor = List.copyOf(criticalFor);
	}

	/** Whether one of our components fails when it does. */
	public boolean criticalPath() {
		return !this.criticalFor.isEmpty();
	}

}
