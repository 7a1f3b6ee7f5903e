package dev.sharpend.provider.web;

import java.util.List;

import dev.sharpend.provider.Provider;
import dev.sharpend.provider.RiskAssessment;

/**
 * A provider's place in the risk view.
 *
 * @param id the provider's id
 * @param name its name
 * @param rank its place, from 1 for the riskiest (equal scores share a place)
 * @param score critical path × tenancy × sensitivity × access; 0 when retired
 * @param criticalPath whether one of our components fails when it does
 * @param criticalFor the names of those components
 * @param tenancy its tenancy
 * @param sensitivity how sensitive the data it holds is
 * @param access how finely access to it is granted
 * @param reason the factors in words
 */
record RiskResponse(String id, String name, int rank, int score, boolean criticalPath, List<String> criticalFor,
		String tenancy, String sensitivity, String access, String reason) {

	static RiskResponse of(RiskAssessment a) {
		Provider p = a.provider();
		return new RiskResponse(p.id().toString(), p.name(), a.rank(), a.score(), a.criticalPath(), a.criticalFor(),
				p.tenancy().code(), p.profile().sensitivity().code(), p.profile().access().code(), a.reason());
	}

}
