package dev.sharpend.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * "It'll clear" on a rule that has been right before: the rule's groups preceded at least
 * one incident (declared from them or attached to them) in the last 90 days, and in the
 * last 30 days at least {@link #MIN_FIRES} of its groups opened and at least
 * {@link #NOISE_SHARE} of them either cleared by themselves before anyone acknowledged
 * them or were acknowledged and resolved without any action. People are getting used to a
 * signal that has meant trouble.
 *
 * @param rule the alert rule
 * @param recent its figures over the last 30 days
 * @param incidents the incidents its groups preceded in the last 90 days, by number
 */
record DriftSignal(String rule, RuleFigures recent, List<Long> incidents) {

	static final int MIN_FIRES = 3;

	static final double NOISE_SHARE = 0.5;

	/** The share of recent fires nobody acted on. */
	double unacted() {
		return this.recent
			.share(this.recent.autoResolvedBeforeAcknowledgement() + this.recent.acknowledgedWithoutAction());
	}

	/**
	 * The signals among these rules, the most ignored first.
	 * @param recent each rule's figures over the last 30 days
	 * @param preceded the incidents each rule's groups preceded over the last 90 days
	 */
	static List<DriftSignal> find(List<RuleFigures> recent, Map<String, List<Long>> preceded) {
		List<DriftSignal> signals = new ArrayList<>();
		for (RuleFigures figures : recent) {
			List<Long> incidents = preceded.getOrDefault(figures.rule(), List.of());
			DriftSignal signal = new DriftSignal(figures.rule(), figures, incidents);
			if (!incidents.isEmpty() && figures.fires() >= MIN_FIRES && signal.unacted() >= NOISE_SHARE) {
				signals.add(signal);
			}
		}
		signals.sort(Comparator.comparingDouble(DriftSignal::unacted).reversed().thenComparing(DriftSignal::rule));
		return signals;
	}

}
