package dev.sharpend.oncall;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sharpend.system.RequestRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteMatchersTests {

	@Test
	void noMatchersMatchEveryGroup() {
		assertThat(EscalationPolicies.matches("", Map.of("severity", "warning"))).isTrue();
	}

	@Test
	void everyMatcherMustHold() {
		String matchers = "severity=critical,env!=staging";
		assertThat(EscalationPolicies.matches(matchers, Map.of("severity", "critical", "env", "prod"))).isTrue();
		assertThat(EscalationPolicies.matches(matchers, Map.of("severity", "critical", "env", "staging"))).isFalse();
		assertThat(EscalationPolicies.matches(matchers, Map.of("severity", "warning", "env", "prod"))).isFalse();
	}

	@Test
	void aMissingLabelHasTheEmptyValue() {
		assertThat(EscalationPolicies.matches("env!=staging", Map.of())).isTrue();
		assertThat(EscalationPolicies.matches("severity=critical", Map.of())).isFalse();
		assertThat(EscalationPolicies.matches("team=", Map.of("severity", "critical"))).isTrue();
		assertThat(EscalationPolicies.matches("team=", Map.of("team", "db"))).isFalse();
	}

	@Test
	void aValueIsReadFromTheFirstEqualsSign() {
		String matchers = RouteMatchers.normalize("matchers", "query=a!=b");
		assertThat(matchers).isEqualTo("query=a!=b");
		assertThat(EscalationPolicies.matches(matchers, Map.of("query", "a!=b"))).isTrue();
		assertThat(EscalationPolicies.matches(matchers, Map.of("query", "a"))).isFalse();
	}

	@Test
	void normalizesSpacesAndQuotes() {
		assertThat(RouteMatchers.normalize("matchers", " severity = \"critical\" , env!=staging ,"))
			.isEqualTo("severity=critical,env!=staging");
		assertThat(RouteMatchers.normalize("matchers", null)).isEmpty();
	}

	@Test
	void refusesWhatIsNotAMatcherNamingTheField() {
		assertThatThrownBy(() -> RouteMatchers.normalize("routes[0].matchers", "severity critical"))
			.isInstanceOfSatisfying(RequestRejected.class,
					(ex) -> assertThat(ex.field()).isEqualTo("routes[0].matchers"))
			.hasMessageContaining("Could not read \"severity critical\"")
			.hasMessageContaining("name=value or name!=value");
		assertThatThrownBy(() -> RouteMatchers.normalize("matchers", "1st=x"))
			.hasMessageContaining("\"1st\" is not a label name");
		assertThatThrownBy(() -> RouteMatchers.normalize("matchers", "env=~prod.*"))
			.hasMessageContaining("regular expressions");
	}

}
