package dev.sharpend.provider;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sharpend.catalog.ComponentId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk view ranks providers by critical path × tenancy × data × access, each
 * expectation worked out by hand from the factors in {@link ProviderRisk}'s contract.
 */
class ProviderRiskTests {

	static final ComponentId CHECKOUT = new ComponentId("checkout");

	static final ComponentId LOGIN = new ComponentId("login");

	static final ComponentId SEARCH = new ComponentId("search");

	static final Map<ComponentId, String> NAMES = Map.of(CHECKOUT, "Checkout", LOGIN, "Login", SEARCH, "Search");

	final Provider aws = provider("AWS (eu-west-1)", Tenancy.DEDICATED, "", Sensitivity.CONFIDENTIAL,
			AccessGranularity.SINGLE_SIGN_ON, List.of());

	final Provider heroku = runningOn(
			provider("Heroku", Tenancy.MULTI_TENANT, "Customer personal data", Sensitivity.RESTRICTED,
					AccessGranularity.SHARED_CREDENTIAL,
					List.of(hard(CHECKOUT), hard(LOGIN), new ComponentDependency(SEARCH, DependencyStrength.SOFT, ""))),
			this.aws);

	final Provider papertrail = provider("Papertrail", Tenancy.MULTI_TENANT, "Application logs", Sensitivity.INTERNAL,
			AccessGranularity.PER_USER_ACCOUNTS, List.of(new ComponentDependency(SEARCH, DependencyStrength.SOFT, "")));

	final Provider sentry = provider("Sentry", Tenancy.SELF_RUN, "", Sensitivity.RESTRICTED,
			AccessGranularity.SHARED_CREDENTIAL, List.of(new ComponentDependency(SEARCH, DependencyStrength.SOFT, "")));

	final Provider blank = Provider.named("Blank", ProviderKind.OTHER);

	final Provider retired = retired(provider("Old CDN", Tenancy.MULTI_TENANT, "", Sensitivity.RESTRICTED,
			AccessGranularity.SHARED_CREDENTIAL, List.of(hard(CHECKOUT))));

	@Test
	void ranksByTheProductOfTheFourFactorsWithTheReasonInWords() {
		List<RiskAssessment> ranked = ProviderRisk
			.rank(List.of(this.blank, this.sentry, this.retired, this.aws, this.papertrail, this.heroku), NAMES);

		assertThat(ranked).extracting((a) -> a.provider().name())
			.containsExactly("Heroku", "Papertrail", "Sentry", "AWS (eu-west-1)", "Blank", "Old CDN");
		// hard 3 × multi-tenant 3 × restricted 4 × shared credential 3
		assertThat(ranked.get(0).score()).isEqualTo(108);
		assertThat(ranked.get(0).reason()).isEqualTo("Critical path for Checkout and Login; multi-tenant; "
				+ "holds customer personal data (restricted); one shared credential");
		// soft 2 × multi-tenant 3 × internal 2 × per-user accounts 2
		assertThat(ranked.get(1).score()).isEqualTo(24);
		assertThat(ranked.get(1).reason())
			.isEqualTo("Soft dependency of Search; multi-tenant; holds application logs (internal); per-user accounts");
		// soft 2 × self-run 1 × restricted 4 × shared credential 3
		assertThat(ranked.get(2).score()).isEqualTo(24);
		assertThat(ranked.get(2).reason()).isEqualTo(
				"Soft dependency of Search; run by us on their infrastructure; holds restricted data; one shared credential");
		// hard through Heroku 3 × dedicated 2 × confidential 3 × single sign-on 1
		assertThat(ranked.get(3).score()).isEqualTo(18);
		assertThat(ranked.get(3).reason()).isEqualTo(
				"Critical path for Checkout and Login through Heroku; dedicated but managed; holds confidential data; single sign-on");
		assertThat(ranked.get(3).criticalFor()).containsExactly("Checkout", "Login");
		// nothing 1 × three unassessed factors 2 × 2 × 2
		assertThat(ranked.get(4).score()).isEqualTo(8);
		assertThat(ranked.get(4).reason()).isEqualTo("No component of ours depends on it; tenancy not assessed; "
				+ "data held not assessed; access not assessed");
		assertThat(ranked.get(5).score()).isZero();
		assertThat(ranked.get(5).reason()).isEqualTo("Retired: no longer in use");
	}

	@Test
	void equalScoresShareAPlaceAndTheNextPlaceCountsThem() {
		List<RiskAssessment> ranked = ProviderRisk
			.rank(List.of(this.blank, this.sentry, this.retired, this.aws, this.papertrail, this.heroku), NAMES);

		assertThat(ranked).extracting(RiskAssessment::rank).containsExactly(1, 2, 2, 4, 5, 6);
		assertThat(ranked.get(0).criticalPath()).isTrue();
		assertThat(ranked.get(1).criticalPath()).as("a soft dependency is not the critical path").isFalse();
	}

	@Test
	void namesDirectAndInheritedCriticalComponentsApartAndSkipsRemovedOnes() {
		ComponentId removed = new ComponentId("gone");
		Provider aws = with(this.aws, List.of(hard(LOGIN), hard(removed)));
		Provider heroku = runningOn(with(this.heroku, List.of(hard(CHECKOUT), hard(LOGIN), hard(SEARCH))), aws);

		RiskAssessment assessed = ProviderRisk.rank(List.of(aws, heroku), NAMES)
			.stream()
			.filter((a) -> a.provider().equals(aws))
			.findFirst()
			.orElseThrow();

		assertThat(assessed.reason())
			.startsWith("Critical path for Login, and for Checkout and Search through Heroku; dedicated but managed");
		assertThat(assessed.criticalFor()).containsExactly("Checkout", "Login", "Search");
	}

	private static Provider runningOn(Provider p, Provider other) {
		return new Provider(p.id(), p.name(), p.kind(), p.tenancy(), p.lifecycle(), p.profile(), p.status(),
				List.of(other.id()), p.components());
	}

	private static Provider with(Provider p, List<ComponentDependency> components) {
		return new Provider(p.id(), p.name(), p.kind(), p.tenancy(), p.lifecycle(), p.profile(), p.status(),
				p.dependsOn(), components);
	}

	private static Provider retired(Provider p) {
		return new Provider(p.id(), p.name(), p.kind(), p.tenancy(), Lifecycle.RETIRED, p.profile(), p.status(),
				p.dependsOn(), p.components());
	}

	private static ComponentDependency hard(ComponentId component) {
		return new ComponentDependency(component, DependencyStrength.HARD, "");
	}

	private static Provider provider(String name, Tenancy tenancy, String dataHeld, Sensitivity sensitivity,
			AccessGranularity access, List<ComponentDependency> components) {
		ProviderProfile profile = new ProviderProfile("", "", dataHeld, sensitivity, access, "", "", null, null);
		return new Provider(ProviderId.random(), name, ProviderKind.HOSTING, tenancy, Lifecycle.ACTIVE, profile,
				StatusSource.none(), List.of(), components);
	}

}
