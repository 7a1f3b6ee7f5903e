package dev.sharpend.language;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Focused cases: offsets, negation, quoted text, names, word boundaries. */
class LanguageReviewTests {

	private final LanguageReview review = new LanguageReview();

	@Test
	void offsetsAreJavaCharsOfTheGivenTextAndTextIsTheFlaggedSubstring() {
		String text = "😀 Zoë’s team: the on-call engineer should have rolled back. Obviously.";
		List<LanguageFinding> findings = this.review.review(text, List.of());

		assertThat(findings).extracting(LanguageFinding::category).containsExactly("counterfactual", "hindsight");
		for (LanguageFinding finding : findings) {
			assertThat(text.substring(finding.start(), finding.end())).isEqualTo(finding.text());
		}
		assertThat(findings.get(0).text()).isEqualTo("should have");
		assertThat(findings.get(1).text()).isEqualTo("Obviously");
	}

	@Test
	void negatedStatementsAreNotFindings() {
		assertThat(this.review.review("This was not a root cause.", List.of())).isEmpty();
		assertThat(this.review.review("It wasn't human error.", List.of())).isEmpty();
		assertThat(this.review.review("It wasn’t operator error.", List.of())).isEmpty();
		assertThat(this.review.review("Nobody was careless.", List.of())).isEmpty();
		assertThat(this.review.review("It was human error.", List.of())).extracting(LanguageFinding::category)
			.containsExactly("blame");
	}

	@Test
	void quotedSpeechAndChatLinesAreNotFindings() {
		String text = """
				The customer wrote: "you should have told us sooner".
				Our status update said “this was human error”.
				> why did nobody restart it?
				[12:03] alice: obviously the cache again
				<bob> just restart it
				Run `just restart` to reset the worker.
				""";
		assertThat(this.review.review(text, List.of("Alice", "Bob"))).isEmpty();
	}

	@Test
	void wordingOutsideTheQuotesOnTheSameLineIsStillFound() {
		String text = "Alice said \"the queue is stuck\", and obviously it was.";
		assertThat(this.review.review(text, List.of())).extracting(LanguageFinding::text).containsExactly("obviously");
	}

	@Test
	void matchesWholeWordsOnlyAndJustOnlyWhenItMinimizes() {
		assertThat(this.review.review("Justice was served; we adjusted the timeout just in time.", List.of()))
			.isEmpty();
		assertThat(this.review.review("The dashboard has a clearly labelled panel.", List.of())).isEmpty();
		assertThat(this.review.review("We could just restart it.", List.of())).extracting(LanguageFinding::text)
			.contains("just");
		assertThat(this.review.review("OBVIOUSLY it was the cache.", List.of())).extracting(LanguageFinding::text)
			.containsExactly("OBVIOUSLY");
	}

	@Test
	void contractionsWithCurlyApostrophesAreFound() {
		// The omission is flagged; who omitted it decides whether it is one (see
		// omissionsCountOnlyWhenAPersonRoleOrTeamIsTheSubject).
		assertThat(this.review.review("We didn’t check the replica lag.", List.of())).extracting(LanguageFinding::text)
			.containsExactly("didn’t check");
		assertThat(this.review.review("Why didn’t the pipeline block it?", List.of()))
			.extracting(LanguageFinding::category)
			.containsExactly("why_question");
	}

	@Test
	void namesAPersonOnlyAsTheSubjectOfAFailure() {
		List<String> people = List.of("Alice Chen", "Bob");
		assertThat(this.review.review("Alice broke the build.", people)).extracting(LanguageFinding::text)
			.containsExactly("Alice broke");
		assertThat(this.review.review("alice chen forgot to renew it.", people)).extracting(LanguageFinding::text)
			.containsExactly("alice chen forgot");
		assertThat(this.review.review("It was Bob’s mistake.", people)).extracting(LanguageFinding::category)
			.containsExactly("named_person");
		assertThat(this.review.review("Bob, who was on call, missed the page.", people))
			.extracting(LanguageFinding::category)
			.containsExactly("named_person");
		assertThat(this.review.review("Alice noticed the spike and paged Bob.", people)).isEmpty();
		assertThat(this.review.review("Bob failed over the database.", people)).isEmpty();
		assertThat(this.review.review("Bob didn't cause the outage.", people)).isEmpty();
		assertThat(this.review.review("Carol broke the build.", people)).isEmpty();
	}

	@Test
	void aStretchOfTextGetsOnlyItsMostSpecificFinding() {
		List<LanguageFinding> findings = this.review.review("Sam didn't follow the runbook.", List.of("Sam"));
		assertThat(findings).extracting(LanguageFinding::category).containsExactly("named_person");
		assertThat(this.review.review("The engineer didn't follow the runbook.", List.of()))
			.extracting(LanguageFinding::category)
			.containsExactly("blame");
	}

	@Test
	void everyFindingExplainsAndSuggests() {
		List<LanguageFinding> findings = this.review
			.review("Why did it fail? The root cause was human error; he should have known, obviously.", List.of());
		assertThat(findings).extracting(LanguageFinding::category)
			.containsExactly("why_question", "single_cause", "blame", "hindsight", "hindsight");
		assertThat(findings).allSatisfy((f) -> {
			assertThat(f.explanation()).hasSizeGreaterThan(40);
			assertThat(f.suggestion()).hasSizeGreaterThan(30);
		});
	}

	@Test
	void eachFindingNamesTheRuleThatFiredAndWhatItMatched() {
		List<LanguageFinding> findings = this.review.review("It was just a typo. The reviewer didn't test the flag.",
				List.of());
		assertThat(findings).extracting(LanguageFinding::rule)
			.containsExactly("hindsight.just", "counterfactual.person-did-not");
		assertThat(findings.get(1).matched()).contains("person, role or team");
	}

	@Test
	void tellsDescriptiveUsesOfHindsightWordsFromJudgements() {
		assertThat(this.review.review("The new client just works behind a proxy.", List.of())).isEmpty();
		assertThat(this.review.review("Just four of the sixty hosts restarted.", List.of())).isEmpty();
		assertThat(this.review.review("The banner will clearly state the end of support.", List.of())).isEmpty();
		assertThat(this.review.review("The files were obviously forged to look signed.", List.of())).isEmpty();
		assertThat(this.review.review("Two people could of course share the pager.", List.of())).isEmpty();
		assertThat(this.review.review("The charge was simply never applied.", List.of())).isEmpty();
		assertThat(this.review.review("It was obviously the scheduler.", List.of())).extracting(LanguageFinding::rule)
			.containsExactly("hindsight.obviously");
	}

	@Test
	void omissionsCountOnlyWhenAPersonRoleOrTeamIsTheSubject() {
		assertThat(this.review.review("The nightly build didn't run the slow tests.", List.of())).isEmpty();
		assertThat(this.review.review("The release team didn't tag the build.", List.of()))
			.extracting(LanguageFinding::category)
			.containsExactly("counterfactual");
		assertThat(this.review.review("Team C did not warn the operators.", List.of()))
			.extracting(LanguageFinding::category)
			.containsExactly("counterfactual");
	}

	@Test
	void statementsAboutBlamelessPracticeAreNotBlame() {
		assertThat(this.review.review("Operator error is where the questions begin.", List.of())).isEmpty();
		assertThat(this.review.review("Blame makes people hide near misses.", List.of())).isEmpty();
		assertThat(this.review.review("The outage was operator error.", List.of()))
			.extracting(LanguageFinding::category)
			.containsExactly("blame");
	}

	@Test
	void findsHandlesAsTheSubjectOfAFailureWithoutBeingTold() {
		assertThat(this.review.review("@ana.k deleted the bucket without checking the name.", List.of()))
			.extracting(LanguageFinding::category)
			.containsExactly("named_person");
		assertThat(this.review.review("@ana.k deleted the stale bucket at 10:00.", List.of())).isEmpty();
	}

	@Test
	void findsSingleCauseWhateverTheVerbAndWhyQuestionsAfterHeadingsAndColons() {
		assertThat(this.review.review("The patch removes the root cause.", List.of()))
			.extracting(LanguageFinding::category)
			.containsExactly("single_cause");
		assertThat(this.review.review("We found no root cause.", List.of())).isEmpty();
		assertThat(this.review.review("## Why is the restore still manual?\n\nNext: why can't we test it?", List.of()))
			.extracting(LanguageFinding::category)
			.containsExactly("why_question", "why_question");
	}

	@Test
	void findsSlipsByAccidentOrWithoutAStepButNotLuckOrHarmlessOmissions() {
		List<String> people = List.of("Ana", "Tom");
		assertThat(this.review.review("Ana dropped the index on production by accident.", people))
			.extracting(LanguageFinding::category)
			.containsExactly("named_person");
		assertThat(this.review.review("Tom rotated the key without telling the mobile team.", people))
			.extracting(LanguageFinding::category)
			.containsExactly("named_person");
		assertThat(this.review.review("Ana found the leak by accident while profiling.", people)).isEmpty();
		assertThat(this.review.review("Tom moved the volume without losing any writes.", people)).isEmpty();
	}

	@Test
	void aRelativeClauseDoesNotHideWhoTheSubjectIs() {
		assertThat(this.review.review("The engineers who built the pipeline never wrote down the order.", List.of()))
			.extracting(LanguageFinding::category)
			.containsExactly("counterfactual");
		assertThat(this.review.review("The probe that operators watch did not report the lag.", List.of())).isEmpty();
	}

	@Test
	void justBeforeAPastFormMinimizesOnlyWhatPeopleDid() {
		assertThat(this.review.review("We just bounced the pods and moved on.", List.of()))
			.extracting(LanguageFinding::rule)
			.containsExactly("hindsight.just");
		assertThat(this.review.review("We just shipped 3.1, so the fix went into 3.1.1.", List.of())).isEmpty();
		assertThat(this.review.review("The mirror was just updated when the check ran.", List.of())).isEmpty();
	}

	@Test
	void findsForeseeableOutcomesAndRolesOwnSlipsButNotHowThingsBehave() {
		assertThat(this.review.review("Unsurprisingly, the queue overflowed again.", List.of()))
			.extracting(LanguageFinding::rule)
			.containsExactly("hindsight.predictably");
		assertThat(this.review.review("The scheduler scales predictably with the node count.", List.of())).isEmpty();
		assertThat(this.review.review("A developer's typo removed the route.", List.of()))
			.extracting(LanguageFinding::rule)
			.containsExactly("blame.human-error");
		assertThat(this.review.review("The developer's laptop held the only copy.", List.of())).isEmpty();
	}

	@Test
	void findingsAreTheSameWhateverTheLineBreaks() {
		String text = "It was just a typo.\n- Why did the job stop?\n\nThe on-call engineer did not page the team; "
				+ "the root cause was a full disk.";
		List<String> together = this.review.review(text, List.of()).stream().map(LanguageFinding::rule).toList();
		List<String> apart = new java.util.ArrayList<>();
		for (String part : text.split("(?<=\\.)\\s|\\n+")) {
			this.review.review(part, List.of()).forEach((f) -> apart.add(f.rule()));
		}
		assertThat(together).containsExactlyElementsOf(apart).hasSize(4);
	}

	@Test
	void emptyOrMissingTextHasNoFindings() {
		assertThat(this.review.review(null, null)).isEmpty();
		assertThat(this.review.review("  ", List.of())).isEmpty();
	}

}
