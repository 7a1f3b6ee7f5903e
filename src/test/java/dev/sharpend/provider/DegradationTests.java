package dev.sharpend.provider;

import java.time.Instant;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.provider.upstream.UpstreamStatus;
import org.junit.jupiter.api.Test;

import static dev.sharpend.catalog.ComponentStatus.DEGRADED_PERFORMANCE;
import static dev.sharpend.catalog.ComponentStatus.MAJOR_OUTAGE;
import static dev.sharpend.catalog.ComponentStatus.OPERATIONAL;
import static dev.sharpend.catalog.ComponentStatus.PARTIAL_OUTAGE;
import static dev.sharpend.catalog.ComponentStatus.UNDER_MAINTENANCE;
import static org.assertj.core.api.Assertions.assertThat;

class DegradationTests {

	private static final ComponentId DEPLOYS = new ComponentId("deploys");

	private static final Instant T0 = Instant.parse("2026-12-03T14:02:00Z");

	private static final Instant T1 = T0.plusSeconds(600);

	@Test
	void mappingGivesTheMatchingStatusNeverAboveItsCap() {
		ComponentMapping capped = mapping(MappingRule.DEGRADE, DEGRADED_PERFORMANCE);
		assertThat(capped.statusFor(UpstreamStatus.MAJOR_OUTAGE)).contains(DEGRADED_PERFORMANCE);
		ComponentMapping wide = mapping(MappingRule.DEGRADE, MAJOR_OUTAGE);
		assertThat(wide.statusFor(UpstreamStatus.DEGRADED)).contains(DEGRADED_PERFORMANCE);
		assertThat(wide.statusFor(UpstreamStatus.PARTIAL_OUTAGE)).contains(PARTIAL_OUTAGE);
		assertThat(wide.statusFor(UpstreamStatus.MAJOR_OUTAGE)).contains(MAJOR_OUTAGE);
	}

	@Test
	void unreadableMaintenanceAndNoteOnlyMappingsSetNothing() {
		ComponentMapping degrade = mapping(MappingRule.DEGRADE, MAJOR_OUTAGE);
		assertThat(degrade.statusFor(UpstreamStatus.UNKNOWN)).isEmpty();
		assertThat(degrade.statusFor(UpstreamStatus.MAINTENANCE)).isEmpty();
		assertThat(degrade.statusFor(UpstreamStatus.OPERATIONAL)).isEmpty();
		assertThat(mapping(MappingRule.NOTE, MAJOR_OUTAGE).statusFor(UpstreamStatus.MAJOR_OUTAGE)).isEmpty();
	}

	@Test
	void degradesAnOperationalComponentAndRemembersItsStatus() {
		Degradation.Outcome outcome = Degradation.decide(DEPLOYS, OPERATIONAL, null, PARTIAL_OUTAGE, T0);
		assertThat(outcome.setTo()).isEqualTo(PARTIAL_OUTAGE);
		assertThat(outcome.held()).isEqualTo(held(PARTIAL_OUTAGE, OPERATIONAL, false, false));
	}

	@Test
	void followsTheProviderWhileInControlAndGivesTheOldStatusBack() {
		Degradation held = held(PARTIAL_OUTAGE, UNDER_MAINTENANCE, false, false);
		Degradation.Outcome worse = Degradation.decide(DEPLOYS, PARTIAL_OUTAGE, held, MAJOR_OUTAGE, T1);
		assertThat(worse.setTo()).isEqualTo(MAJOR_OUTAGE);
		assertThat(worse.held().since()).isEqualTo(T0);
		assertThat(worse.held().previous()).isEqualTo(UNDER_MAINTENANCE);
		Degradation.Outcome recovered = Degradation.decide(DEPLOYS, MAJOR_OUTAGE, worse.held(), null, T1);
		assertThat(recovered.setTo()).isEqualTo(UNDER_MAINTENANCE);
		assertThat(recovered.held()).isNull();
	}

	@Test
	void neverLowersAStatusAPersonSetAsBadOrWorse() {
		Degradation.Outcome outcome = Degradation.decide(DEPLOYS, MAJOR_OUTAGE, null, PARTIAL_OUTAGE, T0);
		assertThat(outcome.setTo()).isNull();
		assertThat(outcome.held()).isNull();
		Degradation.Outcome recovered = Degradation.decide(DEPLOYS, MAJOR_OUTAGE, null, null, T0);
		assertThat(recovered.setTo()).isNull();
	}

	@Test
	void anOverrideHoldsUntilTheNextUpstreamChange() {
		Degradation overridden = held(PARTIAL_OUTAGE, OPERATIONAL, false, false).overriddenByPerson();
		// the person said Deploys is fine; the provider gets worse: the override ends
		Degradation.Outcome next = Degradation.decide(DEPLOYS, OPERATIONAL, overridden, MAJOR_OUTAGE, T1);
		assertThat(next.setTo()).isEqualTo(MAJOR_OUTAGE);
		assertThat(next.held().overridden()).isFalse();
		assertThat(next.held().previous()).isEqualTo(OPERATIONAL);
	}

	@Test
	void anOverriddenStatusIsLeftAsThePersonSetItWhenTheProviderRecovers() {
		Degradation overridden = held(PARTIAL_OUTAGE, OPERATIONAL, false, false).overriddenByPerson();
		Degradation.Outcome outcome = Degradation.decide(DEPLOYS, DEGRADED_PERFORMANCE, overridden, null, T1);
		assertThat(outcome.setTo()).isNull();
		assertThat(outcome.held()).isNull();
	}

	@Test
	void aLockedOverrideOutlastsUpstreamChanges() {
		Degradation locked = held(PARTIAL_OUTAGE, OPERATIONAL, false, false).overriddenByPerson().locked(true);
		Degradation.Outcome worse = Degradation.decide(DEPLOYS, OPERATIONAL, locked, MAJOR_OUTAGE, T1);
		assertThat(worse.setTo()).isNull();
		assertThat(worse.held()).isEqualTo(locked);
		Degradation.Outcome recovered = Degradation.decide(DEPLOYS, OPERATIONAL, locked, null, T1);
		assertThat(recovered.setTo()).isNull();
		assertThat(recovered.held()).isEqualTo(locked);
		// released, it ends at the next change like any override
		Degradation released = locked.locked(false);
		assertThat(released.overridden()).isTrue();
		assertThat(Degradation.decide(DEPLOYS, OPERATIONAL, released, MAJOR_OUTAGE, T1).setTo())
			.isEqualTo(MAJOR_OUTAGE);
	}

	@Test
	void aStatusChangedBehindItsBackCountsAsAPersonsOverride() {
		Degradation held = held(PARTIAL_OUTAGE, OPERATIONAL, false, false);
		Degradation.Outcome outcome = Degradation.decide(DEPLOYS, MAJOR_OUTAGE, held, null, T1);
		assertThat(outcome.setTo()).isNull();
	}

	private static ComponentMapping mapping(MappingRule rule, ComponentStatus cap) {
		return new ComponentMapping(ProviderId.random(), "Actions", DEPLOYS, rule, cap);
	}

	private static Degradation held(ComponentStatus applied, ComponentStatus previous, boolean overridden,
			boolean locked) {
		return new Degradation(DEPLOYS, applied, previous, T0, overridden, locked);
	}

}
