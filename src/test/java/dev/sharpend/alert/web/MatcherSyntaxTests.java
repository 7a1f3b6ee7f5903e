package dev.sharpend.alert.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sharpend.alert.SilenceMatcher;
import dev.sharpend.system.RequestRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatcherSyntaxTests {

	@Test
	void readsTheFourOperatorsQuotedOrNot() {
		assertThat(MatcherSyntax.parse("alertname=DiskFull\nenv=~\"stag.*\"\njob!=\"node\"\nteam!~ops|sre"))
			.containsExactly(new SilenceMatcher("alertname", "DiskFull", false, true),
					new SilenceMatcher("env", "stag.*", true, true), new SilenceMatcher("job", "node", false, false),
					new SilenceMatcher("team", "ops|sre", true, false));
	}

	@Test
	void readsAlertmanagerBracesAndCommasAndQuotedCommas() {
		assertThat(MatcherSyntax.parse("{alertname=\"A\", size=~\"[0-9]{1,3}\"}")).containsExactly(
				new SilenceMatcher("alertname", "A", false, true),
				new SilenceMatcher("size", "[0-9]{1,3}", true, true));
	}

	@Test
	void writesWhatItReads() {
		List<SilenceMatcher> matchers = List.of(new SilenceMatcher("a", "say \"hi\"", false, true),
				new SilenceMatcher("b", "x\\.y", true, false));
		String text = MatcherSyntax.format(matchers);
		assertThat(text).isEqualTo("a=\"say \\\"hi\\\"\", b!~\"x\\\\.y\"");
		assertThat(MatcherSyntax.parse(text)).isEqualTo(matchers);
		assertThat(MatcherSyntax.parse(MatcherSyntax.exactly(Map.of("job", "node"))))
			.containsExactly(new SilenceMatcher("job", "node", false, true));
	}

	@Test
	void refusesWhatItCannotRead() {
		assertThatThrownBy(() -> MatcherSyntax.parse("alertname")).isInstanceOf(RequestRejected.class)
			.hasMessageContaining("Could not read \"alertname\"");
		assertThatThrownBy(() -> MatcherSyntax.parse("  ")).isInstanceOf(RequestRejected.class)
			.hasMessageContaining("at least one matcher");
		assertThatThrownBy(() -> MatcherSyntax.parse("1abc=x")).isInstanceOf(RequestRejected.class);
	}

}
