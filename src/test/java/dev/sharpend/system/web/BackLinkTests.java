package dev.sharpend.system.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BackLinkTests {

	@ParameterizedTest
	@CsvSource({ "/reviews/42/factors/7/remove, /reviews/42", "/reviews/templates/3, /reviews/templates",
			"/reviews/new, /reviews", "/response/incidents/12/timeline, /response/incidents",
			"/alerts/silences/5/expire, /alerts", "/status-pages/abc/components, /status-pages", "/search, /search",
			"/admin/users/9/role, /settings", "/account, /settings", "/tokens/1/revoke, /settings", "/alertsx, /home",
			"/somewhere/else, /home" })
	void leadsBackToTheListOrReviewTheFormWasOn(String path, String back) {
		assertThat(BackLink.forPath(path).href()).isEqualTo(back);
	}

}
