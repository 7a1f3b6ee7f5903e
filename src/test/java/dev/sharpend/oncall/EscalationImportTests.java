package dev.sharpend.oncall;

import java.time.Duration;
import org.junit.jupiter.api.Test;

import static dev.sharpend.oncall.ImportTestData.BOB;
import static dev.sharpend.oncall.ImportTestData.CAROL;
import static dev.sharpend.oncall.ImportTestData.CHECKOUT_SCHEDULE;
import static dev.sharpend.oncall.ImportTestData.PAYMENTS;
import static dev.sharpend.oncall.ImportTestData.PAYMENTS_SCHEDULE;
import static dev.sharpend.oncall.ImportTestData.assertReasons;
import static dev.sharpend.oncall.ImportTestData.context;
import static dev.sharpend.oncall.ImportTestData.fixture;
import static dev.sharpend.oncall.ImportTestData.marks;
import static dev.sharpend.oncall.ScheduleImportTests.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Escalation policies from Opsgenie (delays from the alert) and PagerDuty (waits per
 * rule) become steps that wait for an acknowledgement; loops, empty steps and unknown
 * targets are refused naming the field.
 */
class EscalationImportTests {

	@Test
	void opsgenieDelaysFromTheAlertBecomeWaitsBetweenSteps() {
		ImportPlan plan = OpsgenieEscalationImport.read(fixture("opsgenie-escalation.json"), context());
		EscalationPolicy policy = plan.policies().get(0);
		assertThat(policy.name()).isEqualTo("Payments_escalation");
		assertThat(policy.team()).isEqualTo(PAYMENTS.id());
		assertThat(policy.repeat()).isEqualTo(2);
		assertThat(policy.steps()).extracting(EscalationStep::delay)
			.containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(10));
		assertThat(policy.steps()).extracting((s) -> s.targets().get(0))
			.containsExactly(new EscalationTarget(TargetKind.SCHEDULE, PAYMENTS_SCHEDULE.id().value()),
					new EscalationTarget(TargetKind.USER, BOB.id().value()),
					new EscalationTarget(TargetKind.TEAM, PAYMENTS.id().value()));
		assertThat(marks(plan)).containsEntry("escalation policy \"Payments_escalation\" (data[0])", "✔")
			.containsEntry("step 1 of \"Payments_escalation\" (data[0].rules[0])", "✔");
		assertReasons(plan, "step 1", "Pages the on-call of Payments_schedule, then waits 5 min");
	}

	@Test
	void opsgenieRulesAtTheSameDelayShareAStepAndCaveatsAreShown() {
		String body = fixture("opsgenie-escalation.json").replace("\"timeAmount\": 5", "\"timeAmount\": 0")
			.replace("\"notifyType\": \"users\"", "\"notifyType\": \"admins\"")
			.replace("\"condition\": \"if-not-acked\",\n          \"notifyType\": \"default\",\n          "
					+ "\"delay\": { \"timeAmount\": 0, \"timeUnit\": \"minutes\" },\n          \"recipient\": { "
					+ "\"type\": \"schedule\"",
					"\"condition\": \"if-not-closed\",\n          \"notifyType\": "
							+ "\"next\",\n          \"delay\": { \"timeAmount\": 0, \"timeUnit\": \"minutes\" },\n"
							+ "          \"recipient\": { \"type\": \"schedule\"");
		ImportPlan plan = OpsgenieEscalationImport.read(body, context());
		EscalationPolicy policy = plan.policies().get(0);
		assertThat(policy.steps()).hasSize(2);
		assertThat(policy.steps().get(0).targets()).hasSize(2);
		assertThat(policy.steps().get(0).delay()).isEqualTo(Duration.ofMinutes(15));
		assertReasons(plan, "step 1", "Sharpend stops at the acknowledgement");
		assertReasons(plan, "step 1", "notifies the next on-call of Payments_schedule");
		assertReasons(plan, "step 2", "Sharpend pages every member of the team");
	}

	@Test
	void pagerDutyRulesKeepTheirWaitsAndLoops() {
		ImportPlan plan = PagerDutyEscalationImport.read(fixture("pagerduty-escalation-policy.json"), context());
		EscalationPolicy policy = plan.policies().get(0);
		assertThat(policy.name()).isEqualTo("Checkout");
		assertThat(policy.repeat()).isEqualTo(2);
		assertThat(policy.steps()).extracting(EscalationStep::delay)
			.containsExactly(Duration.ofMinutes(10), Duration.ofMinutes(30));
		assertThat(policy.steps().get(0).targets())
			.containsExactly(new EscalationTarget(TargetKind.SCHEDULE, CHECKOUT_SCHEDULE.id().value()));
		assertThat(policy.steps().get(1).targets()).containsExactly(
				new EscalationTarget(TargetKind.USER, BOB.id().value()),
				new EscalationTarget(TargetKind.USER, CAROL.id().value()));
		assertThat(plan.items()).allSatisfy((i) -> assertThat(i.mark()).isEqualTo(ImportPlan.Mark.MAPS));
	}

	@Test
	void aPolicyThatEscalatesToItselfIsRefused() {
		String direct = fixture("opsgenie-escalation.json").replace(
				"\"recipient\": { \"type\": \"user\", \"id\": \"c4alp5d8-0c8a-4b4e-9c1a-2f1b0d4e5f6a\", \"username\": "
						+ "\"bob@example.test\" }",
				"\"recipient\": { \"type\": \"escalation\", \"name\": \"Payments_escalation\" }");
		assertRefused(() -> OpsgenieEscalationImport.read(direct, context()), "data[0]",
				"escalates to itself (Payments_escalation → Payments_escalation)");
		String other = "{\"id\": \"night\", \"name\": \"Night\", \"rules\": [{\"condition\": \"if-not-acked\", "
				+ "\"notifyType\": \"default\", \"delay\": {\"timeAmount\": 0}, \"recipient\": {\"type\": "
				+ "\"escalation\", \"name\": \"Payments_escalation\"}}]}";
		String through = direct.replace("\"name\": \"Payments_escalation\" }", "\"name\": \"Night\" }")
			.replace("\"data\": [", "\"data\": [" + other + ",");
		assertRefused(() -> OpsgenieEscalationImport.read(through, context()), "data[0]",
				"Night → Payments_escalation → Night");
	}

	@Test
	void aReferenceToAnotherPolicyPagesItsFirstStep() {
		String other = "{\"id\": \"night\", \"name\": \"Night\", \"rules\": [{\"condition\": \"if-not-acked\", "
				+ "\"notifyType\": \"default\", \"delay\": {\"timeAmount\": 0}, \"recipient\": {\"type\": "
				+ "\"user\", \"username\": \"carol@example.test\"}}]}";
		String body = fixture("opsgenie-escalation.json")
			.replace(
					"\"recipient\": { \"type\": \"user\", \"id\": \"c4alp5d8-0c8a-4b4e-9c1a-2f1b0d4e5f6a\", "
							+ "\"username\": \"bob@example.test\" }",
					"\"recipient\": { \"type\": \"escalation\", \"id\": " + "\"night\", \"name\": \"Night\" }")
			.replace("\"data\": [", "\"data\": [" + other + ",");
		ImportPlan plan = OpsgenieEscalationImport.read(body, context());
		assertThat(plan.policies()).hasSize(2);
		assertThat(plan.policies().get(1).steps().get(1).targets())
			.containsExactly(new EscalationTarget(TargetKind.USER, CAROL.id().value()));
		assertReasons(plan, "step 2 of \"Payments_escalation\"", "It escalates to Night");
	}

	@Test
	void stepsWithoutTargetsAndUnknownTargetsAreRefused() {
		String pd = fixture("pagerduty-escalation-policy.json");
		int second = pd.indexOf("\"targets\"", pd.indexOf("PRULE02"));
		String empty = pd.substring(0, second) + "\"targets\": [] }\n    ],\n    \"services\": [],"
				+ pd.substring(pd.indexOf("\"teams\": []\n  }"));
		assertRefused(() -> PagerDutyEscalationImport.read(empty, context()),
				"escalation_policy.escalation_rules[1].targets", "pages nobody");
		assertRefused(
				() -> PagerDutyEscalationImport
					.read(pd.replace("\"summary\": \"Checkout primary\"", "\"summary\": \"Elsewhere\""), context()),
				"escalation_policy.escalation_rules[0].targets[0]", "no schedule named \"Elsewhere\"");
		assertRefused(() -> PagerDutyEscalationImport.read(pd.replace("carol@example.test", "x@y.test"), context()),
				"escalation_policy.escalation_rules[1].targets[1]", "No Sharpend user has the e-mail x@y.test");
		assertRefused(
				() -> OpsgenieEscalationImport.read(fixture("opsgenie-escalation.json")
					.replace("\"name\": \"Payments\" }", "\"name\": \"Nobody\" }"), context()),
				"data[0].rules[2].recipient", "no Sharpend team named \"Nobody\"");
		assertRefused(() -> OpsgenieEscalationImport.read("[1, 2]", context()), "body", "JSON object");
	}

}
