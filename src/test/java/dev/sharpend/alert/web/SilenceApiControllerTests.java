package dev.sharpend.alert.web;

import org.junit.jupiter.api.Test;

import dev.sharpend.alert.Silences;
import dev.sharpend.system.RequestRejected;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How the API refuses a write, as RFC 9457 problems with a message a person can act on:
 * an unreadable body, and the service's refusals (invalid, not found, conflict) each with
 * its status. Only the web layer runs; the silences are mocked.
 */
@WebMvcTest(SilenceApiController.class)
@WithMockUser(authorities = "alert:write")
class SilenceApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Silences silences;

	@Test
	void aBodyThatIsNotJsonIsA400ProblemSayingWhereItBroke() throws Exception {
		this.mvc
			.perform(post("/api/v1/silences").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"matchers\": [}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(startsWith("The request body could not be read: ")));
	}

	@Test
	void aFieldTheServiceRefusesIsA400ProblemListingTheFieldWithItsMessage() throws Exception {
		given(this.silences.create(anyList(), any(), any(), any(), anyString()))
			.willThrow(RequestRejected.invalid("endsAt", "endsAt must be after startsAt."));

		this.mvc
			.perform(post("/api/v1/silences").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"matchers\": [], \"startsAt\": \"2026-12-01T10:00:00Z\","
						+ " \"endsAt\": \"2026-12-01T09:00:00Z\", \"comment\": \"deploy\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Bad Request"))
			.andExpect(jsonPath("$.detail").value("endsAt must be after startsAt."))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("endsAt"))
			.andExpect(jsonPath("$.errors[0].message").value("endsAt must be after startsAt."));
	}

	@Test
	void aConflictWithTheCurrentStateIsA409Problem() throws Exception {
		given(this.silences.create(anyList(), any(), any(), any(), anyString()))
			.willThrow(RequestRejected.conflict("matchers", "An active silence has these matchers already."));

		this.mvc
			.perform(post("/api/v1/silences").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"matchers\": [], \"comment\": \"deploy\"}"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409))
			.andExpect(jsonPath("$.title").value("Conflict"))
			.andExpect(jsonPath("$.errors[0].field").value("matchers"));
	}

	@Test
	void anIdThatIsNotANumberIsA404ProblemNamingIt() throws Exception {
		this.mvc.perform(delete("/api/v1/silences/abc").with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("There is no silence abc."));
	}

}
