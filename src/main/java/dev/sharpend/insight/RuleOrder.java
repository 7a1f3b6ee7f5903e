package dev.sharpend.insight;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

/**
 * The orders the rules table can be sorted in, by the column heading that asks for it:
 * the most (or longest) first, ties by rule name.
 */
enum RuleOrder implements WireCode {

	FIRES("fires", (f) -> f.fires()), PAGES("pages", (f) -> f.pages()),
	CLEARED("cleared", (f) -> f.share(f.autoResolvedBeforeAcknowledgement())),
	UNACTED("unacted", (f) -> f.share(f.acknowledgedWithoutAction())),
	INCIDENT("incident", (f) -> f.share(f.linkedToIncident())), REFIRED("refired", (f) -> f.share(f.refires())),
	ACKNOWLEDGE("acknowledge",
			(f) -> f.responseTimes().toAcknowledge().p50().map(Duration::toMillis).map(Long::doubleValue).orElse(-1.0)),
	RULE("rule", null);

	private final String code;

	private final ToDoubleFunction<RuleFigures> measure;

	RuleOrder(String code, ToDoubleFunction<RuleFigures> measure) {
		this.code = code;
		this.measure = measure;
	}

	@Override
	public String code() {
		return this.code;
	}

	/**
	 * @throws RequestRejected (400 naming {@code sort}) for an order there is not
	 */
	static RuleOrder parse(String code) {
		return WireCode.parse(RuleOrder.class, code, "sort");
	}

	/** The rules in this order, as a new list. */
	List<RuleFigures> sorted(List<RuleFigures> rules) {
		Comparator<RuleFigures> byName = Comparator.comparing(RuleFigures::rule, String.CASE_INSENSITIVE_ORDER);
		if (this.measure == null) {
			return rules.stream().sorted(byName).toList();
		}
		return rules.stream()
			.sorted(Comparator.comparingDouble(this.measure).reversed().thenComparing(byName))
			.toList();
	}

}
