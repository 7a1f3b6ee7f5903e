package dev.sharpend.secret;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link MasterKeyProblem} as a short description and action instead of a stack
 * trace, since the person reading it is configuring a deployment.
 */
class MasterKeyFailureAnalyzer extends AbstractFailureAnalyzer<MasterKeyProblem> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MasterKeyProblem cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
