package dev.sharpend.alert.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupActions;
import dev.sharpend.alert.AlertGroupNotes;
import dev.sharpend.alert.AlertGroupStatus;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.system.RequestRejected;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API contract of a list, as README "Lists" documents it for every list:
 * {@code items} with {@code page}, {@code size} and {@code total}, and refusals as RFC
 * 9457 problems naming the parameter. Only the web layer runs; the alert groups are
 * mocked.
 */
@WebMvcTest(AlertGroupApiController.class)
@WithMockUser(authorities = "alert:read")
class AlertGroupApiControllerTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AlertGroups groups;

	@MockitoBean
	AlertGroupActions actions;

	@MockitoBean
	AlertGroupNotes notes;

	@Test
	void aListAnswersItsItemsWithThePageTheSizeAndTheTotalOfEveryPage() throws Exception {
		given(this.groups.list(AlertGroupStatus.TRIGGERED, 50, 25)).willReturn(List.of(group(51)));
		given(this.groups.count(AlertGroupStatus.TRIGGERED)).willReturn(51L);

		String body = this.mvc
			.perform(get("/api/v1/alert-groups").param("status", "triggered").param("page", "2").param("size", "25"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].id").value(51))
			.andExpect(jsonPath("$.items[0].status").value("triggered"))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(25))
			.andExpect(jsonPath("$.total").value(51))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JSON.readTree(body).propertyNames()).containsExactly("items", "page", "size", "total");
	}

	@Test
	void withoutPagingParametersTheFirstPageOfFiftyIsAnswered() throws Exception {
		given(this.groups.list(null, 0, 50)).willReturn(List.of());
		given(this.groups.count(null)).willReturn(0L);

		this.mvc.perform(get("/api/v1/alert-groups"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(50))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void anUnknownFilterIsA400ProblemNamingTheFieldAndTheAcceptedValues() throws Exception {
		this.mvc.perform(get("/api/v1/alert-groups").param("status", "open"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Bad Request"))
			.andExpect(jsonPath("$.detail")
				.value("Unknown status \"open\"; use one of triggered, acknowledged, resolved."))
			.andExpect(jsonPath("$.errors[0].field").value("status"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("Unknown status \"open\"; use one of triggered, acknowledged, resolved."));
		verify(this.groups, never()).list(any(), anyInt(), anyInt());
	}

	@Test
	void aPageSizeAboveTheLimitIsA400ProblemNamingSize() throws Exception {
		this.mvc.perform(get("/api/v1/alert-groups").param("size", "501"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("size must be between 1 and 500."))
			.andExpect(jsonPath("$.errors[0].field").value("size"));
	}

	@Test
	void aPageThatIsNotAWholeNumberIsA400ProblemNamingPage() throws Exception {
		this.mvc.perform(get("/api/v1/alert-groups").param("page", "two"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void aGroupThatDoesNotExistIsA404ProblemWithTheServicesMessage() throws Exception {
		given(this.groups.require(404)).willThrow(RequestRejected.notFound("There is no alert group 404."));

		this.mvc.perform(get("/api/v1/alert-groups/404"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("There is no alert group 404."))
			.andExpect(jsonPath("$.errors").doesNotExist());
	}

	private static AlertGroup group(long id) {
		return new AlertGroup(id, UUID.fromString("2f1c6a8e-7a53-4b1e-9d0e-0c2f5e1d9a11"), "alertname=DiskFull",
				"DiskFull", AlertGroupStatus.TRIGGERED, NOW.minusSeconds(300), NOW, null, null, null, null, 2, 3, null,
				null, false, null);
	}

}
