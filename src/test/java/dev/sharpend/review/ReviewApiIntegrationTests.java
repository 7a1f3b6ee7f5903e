package dev.sharpend.review;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.incident.IncidentLessons;
import dev.sharpend.search.Search;
import dev.sharpend.search.SearchHit;
import dev.sharpend.search.SearchQuery;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;

import static dev.sharpend.review.ReviewFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

@SharpendIntegrationTest
class ReviewApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Search search;

	@Autowired
	EventSerializer serializer;

	ReviewFixtures fixtures() {
		return new ReviewFixtures(this.port, this.accounts, this.tokens);
	}

	@Test
	void reviewFromAResolvedIncidentTakesItsImpactTimesAndAFacilitatorOtherThanTheCommander() {
		ReviewFixtures f = fixtures();
		long incident = f.resolvedIncident("Checkout slow");
		JsonNode review = f.createReview(f.admin(), incident, null);
		assertThat(review.get("title").asString()).isEqualTo("Checkout slow");
		assertThat(review.get("status").asString()).isEqualTo("draft");
		assertThat(review.get("impact").hasNonNull("resolvedAt")).isTrue();
		assertThat(review.get("impact").hasNonNull("secondsTotal")).isTrue();
		// The admin declared it and so was commander, and nobody else took part.
		assertThat(review.hasNonNull("facilitator")).isFalse();

		// An incident has one review, so the other person starts the review of another
		// one.
		String other = f.person("facilitator");
		JsonNode byOther = f.createReview(f.as(other), f.resolvedIncident("Checkout slow again"), "Second look");
		assertThat(byOther.get("facilitator").asString()).isEqualTo(other);
	}

	@Test
	void reviewsAndActionItemsAreListedInPagesLikeEveryOtherList() {
		ReviewFixtures f = fixtures();
		for (int i = 0; i < 3; i++) {
			long id = f.createReview(f.admin(), null, "Paged review " + i).get("id").asLong();
			expect(201,
					f.admin()
						.postJson("/api/v1/reviews/" + id + "/action-items",
								Map.of("title", "Paged action " + i, "owner", TestKeys.ADMIN_EMAIL)));
		}

		for (String list : List.of("/api/v1/reviews", "/api/v1/action-items")) {
			JsonNode first = expect(200, f.admin().get(list + "?size=2"));
			assertThat(first.get("items").size()).as(list).isEqualTo(2);
			assertThat(first.get("page").asInt()).isZero();
			assertThat(first.get("size").asInt()).isEqualTo(2);
			long total = first.get("total").asLong();
			assertThat(total).as(list).isGreaterThanOrEqualTo(3);
			JsonNode last = expect(200, f.admin().get(list + "?size=2&page=" + ((total - 1) / 2)));
			assertThat(last.get("items").size()).as(list).isEqualTo((int) (total - (total - 1) / 2 * 2));
			assertThat(expect(200, f.admin().get(list)).get("size").asInt()).isEqualTo(50);
		}
	}

	@Test
	void personalAccountsStayPrivateToAuthorAndFacilitatorUntilShared() {
		ReviewFixtures f = fixtures();
		String alice = f.person("alice");
		String bob = f.person("bob");
		long id = f.createReview(f.as(alice), null, "Near miss: disk almost full").get("id").asLong();
		String path = "/api/v1/reviews/" + id;
		expect(200,
				f.as(alice)
					.sendJson("PUT", path + "/accounts/mine",
							Map.of("saw", "The disk graph climbing", "assumed", "Log rotation ran nightly")));
		assertThat(accountAuthors(expect(200, f.as(bob).get(path)))).doesNotContain(alice);
		assertThat(accountAuthors(expect(200, f.as(alice).get(path)))).containsExactly(alice);
		// alice started it (no incident, so no commander) and facilitates; bob is nobody
		// special. Drafts are not searchable at all; published, the unshared account
		// stays out of the search document.
		assertThat(found("Near miss: disk almost full", id)).as("a draft is not searchable").isFalse();
		expect(200, f.as(alice).sendJson("PATCH", path, Map.of("status", "in_review")));
		expect(200, f.as(alice).sendJson("PATCH", path, Map.of("status", "published")));
		Eventually.await("the published review to be found", () -> found("Near miss: disk almost full", id));
		assertThat(found("Log rotation ran nightly", id)).isFalse();

		expect(200, f.as(alice).sendJson("PUT", path + "/accounts/mine", Map.of("shared", true)));
		JsonNode seenByBob = expect(200, f.as(bob).get(path));
		assertThat(accountAuthors(seenByBob)).containsExactly(alice);
		assertThat(seenByBob.get("accounts").get(0).get("assumed").asString()).isEqualTo("Log rotation ran nightly");
		Eventually.await("the shared account to be found", () -> found("Log rotation ran nightly", id));
		assertThat(audit(id)).contains("review.created", "review.account_written", "review.account_shared");
	}

	@Test
	void facilitatorReadsPrivateAccountsOthersDoNot() {
		ReviewFixtures f = fixtures();
		String author = f.person("author");
		String facilitator = f.person("facil");
		String bystander = f.person("bystander");
		long id = f.createReview(f.admin(), null, "Queue backlog").get("id").asLong();
		String path = "/api/v1/reviews/" + id;
		expect(200, f.admin().sendJson("PATCH", path, Map.of("facilitator", facilitator)));
		expect(200, f.as(author).sendJson("PUT", path + "/accounts/mine", Map.of("did", "Restarted the consumer")));
		assertThat(accountAuthors(expect(200, f.as(facilitator).get(path)))).containsExactly(author);
		assertThat(accountAuthors(expect(200, f.as(bystander).get(path)))).isEmpty();
	}

	@Test
	void aWriterWhoIsNeitherCommanderNorFacilitatorCannotAppointThemselvesFacilitator() {
		ReviewFixtures f = fixtures();
		String author = f.person("author");
		String writer = f.person("writer");
		long incident = f.resolvedIncident("Cache stampede");
		long id = f.createReview(f.as(author), incident, null).get("id").asLong();
		String path = "/api/v1/reviews/" + id;
		expect(200, f.as(author).sendJson("PUT", path + "/accounts/mine", Map.of("did", "Flushed the cache")));

		Api.Response refused = f.as(writer).sendJson("PATCH", path, Map.of("facilitator", writer));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("commander");
		JsonNode seenByWriter = expect(200, f.as(writer).get(path));
		assertThat(seenByWriter.get("facilitator").asString()).isEqualTo(author);
		assertThat(accountAuthors(seenByWriter)).isEmpty();
		// Changing something else while sending the same facilitator back is no
		// appointment.
		expect(200, f.as(writer).sendJson("PATCH", path, Map.of("title", "Cache stampede!", "facilitator", author)));
	}

	@Test
	void theCommanderTheFacilitatorAndAnAdministratorAppointTheFacilitator() {
		ReviewFixtures f = fixtures();
		String first = f.person("first");
		String second = f.person("second");
		// The administrator declared the incident and so is its commander.
		long incident = f.resolvedIncident("Disk full");
		long id = f.createReview(f.admin(), incident, null).get("id").asLong();
		String path = "/api/v1/reviews/" + id;

		expect(200, f.admin().sendJson("PATCH", path, Map.of("facilitator", first.toUpperCase())));
		assertThat(expect(200, f.admin().get(path)).get("facilitator").asString()).isEqualTo(first);
		expect(200, f.as(first).sendJson("PATCH", path, Map.of("facilitator", second)));
		assertThat(expect(200, f.admin().get(path)).get("facilitator").asString()).isEqualTo(second);
		assertThat(audit(id)).contains("review.changed");
		String page = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD)
			.getHtml("/reviews/" + id)
			.body();
		assertThat(page).contains(second).contains("chosen by <span data-appointed-by>" + first + "</span>");

		// A commander who is no administrator may appoint too.
		String commander = f.person("commander");
		expect(200, f.admin()
			.sendJson("PUT", "/api/v1/incidents/" + incident + "/roles/commander", Map.of("holder", commander)));
		expect(200, f.as(commander).sendJson("PATCH", path, Map.of("facilitator", first)));
		assertThat(expect(200, f.admin().get(path)).get("facilitator").asString()).isEqualTo(first);
		assertThat(this.jdbc.sql("select summary from audit_event where target_type = 'review' and target_id = :id")
			.param("id", Long.toString(id))
			.query(String.class)
			.list()).anyMatch((summary) -> summary.contains("facilitator=" + second));
	}

	@Test
	void theFacilitatorMustBeASharpendUser() {
		ReviewFixtures f = fixtures();
		long id = f.createReview(f.admin(), null, "Near miss: expired certificate").get("id").asLong();
		String path = "/api/v1/reviews/" + id;

		Api.Response refused = f.admin().sendJson("PATCH", path, Map.of("facilitator", "nobody@example.test"));

		expectField(refused, "facilitator");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(expect(200, f.admin().get(path)).hasNonNull("facilitator")).isFalse();
		expectField(f.admin().sendJson("PATCH", path, Map.of("facilitator", "x".repeat(400) + "@example.test")),
				"facilitator");
	}

	@Test
	void actionItemOwnersAndFacilitatorsAreUsersShownWithIdNameAndEmail() {
		ReviewFixtures f = fixtures();
		String owner = f.person("Olu Okafor");
		String ownerId = f.userId(owner);
		long id = f.createReview(f.admin(), null, "Near miss: full disk").get("id").asLong();
		String path = "/api/v1/reviews/" + id;
		long before = this.jdbc.sql("select count(*) from review_action").query(Long.class).single();

		Api.Response unknown = f.admin()
			.postJson(path + "/action-items", Map.of("title", "Alert on disk", "owner", "olu@typo.example"));
		expectField(unknown, "owner");
		assertThat(unknown.json().get("errors").get(0).get("message").asString())
			.contains("no Sharpend user with e-mail olu@typo.example");
		assertThat(this.jdbc.sql("select count(*) from review_action").query(Long.class).single()).isEqualTo(before);

		JsonNode byId = expect(201,
				f.admin().postJson(path + "/action-items", Map.of("title", "Alert on disk", "owner", ownerId)));
		assertThat(byId.get("owner").asString()).isEqualTo(owner);
		assertThat(byId.get("ownerPerson").get("id").asString()).isEqualTo(ownerId);
		assertThat(byId.get("ownerPerson").get("name").asString()).isEqualTo("Olu Okafor");
		assertThat(byId.get("ownerPerson").get("email").asString()).isEqualTo(owner);
		expectField(
				f.admin()
					.sendJson("PATCH", path + "/action-items/" + byId.get("id").asLong(), Map.of("owner", "nobody")),
				"owner");

		JsonNode review = expect(200, f.admin().sendJson("PATCH", path, Map.of("facilitator", ownerId)));
		assertThat(review.get("facilitator").asString()).isEqualTo(owner);
		assertThat(review.get("facilitatorPerson").get("name").asString()).isEqualTo("Olu Okafor");
		assertThat(review.get("actionItems").get(0).get("ownerPerson").get("email").asString()).isEqualTo(owner);
	}

	@Test
	void theEventThatPushesAReviewDocumentAfterCommitComesBackFromTheRegistry() {
		ReviewIndexStale event = new ReviewIndexStale(3, ReviewSearch.FACTOR, 9);

		assertThat(this.serializer.deserialize(this.serializer.serialize(event), ReviewIndexStale.class))
			.isEqualTo(event);
	}

	@Test
	void factorsWithEvidenceActionItemsAndPublishing() {
		ReviewFixtures f = fixtures();
		long incident = f.resolvedIncident("Payments timeouts");
		List<Long> entries = f.entryIds(incident);
		long id = f.createReview(f.admin(), incident, null).get("id").asLong();
		String path = "/api/v1/reviews/" + id;
		JsonNode factor = expect(201,
				f.admin()
					.postJson(path + "/factors", Map.of("type", "technical", "description",
							"The connection pool was sized for last year's traffic", "evidence", entries)));
		assertThat(factor.get("evidence").size()).isEqualTo(3);
		expect(201, f.admin()
			.postJson(path + "/mitigators", Map.of("type", "tooling", "description", "One-click rollback")));
		expect(200, f.admin().postJson(path + "/timeline", Map.of("entry", entries.get(1), "annotation", "Key move")));
		JsonNode action = expect(201,
				f.admin()
					.postJson(path + "/action-items", Map.of("title", "Size the pool from load tests", "owner",
							TestKeys.ADMIN_EMAIL, "due", "2020-01-01")));
		assertThat(action.get("overdue").asBoolean()).isTrue();
		expect(200, f.admin().sendJson("PATCH", path, Map.of("sections", Map.of("summary", "Payments timed out."))));
		expect(200, f.admin().sendJson("PATCH", path, Map.of("status", "in_review")));
		JsonNode published = expect(200, f.admin().sendJson("PATCH", path, Map.of("status", "published")));
		assertThat(published.hasNonNull("publishedAt")).isTrue();
		assertThat(published.get("timeline").get(0).get("annotation").asString()).isEqualTo("Key move");
		assertThat(published.get("mitigators").get(0).get("type").asString()).isEqualTo("tooling");

		JsonNode overdue = expect(200,
				f.admin().get("/api/v1/action-items?overdue=true&owner=" + TestKeys.ADMIN_EMAIL));
		assertThat(overdue.get("items").valueStream().map((a) -> a.get("id").asLong()))
			.contains(action.get("id").asLong());
		// What the review taught travels with its search document, for similar incidents.
		IncidentLessons lessons = Eventually
			.until("the review's lessons in search",
					() -> this.search.belongingTo(IncidentLessons.DOCUMENT_TYPE, List.of(incident))
						.stream()
						.map((d) -> d.stored().get(IncidentLessons.STORED))
						.filter((stored) -> stored != null)
						.map(IncidentLessons::fromStored)
						.findFirst(),
					java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(lessons.factors()).extracting(IncidentLessons.Factor::description)
			.containsExactly("The connection pool was sized for last year's traffic");
		assertThat(lessons.openActions()).extracting(IncidentLessons.OpenAction::title)
			.containsExactly("Size the pool from load tests");
	}

	@Test
	void publishingWithBlamefulWordingNeedsAKeepAsWrittenForEachFinding() {
		ReviewFixtures f = fixtures();
		long incident = f.resolvedIncident("Queue backlog");
		long id = f.createReview(f.admin(), incident, null).get("id").asLong();
		String path = "/api/v1/reviews/" + id;
		expect(200, f.admin()
			.sendJson("PATCH", path, Map.of("sections", Map.of("summary", "The backlog was caused by human error."))));
		expect(201,
				f.admin()
					.postJson(path + "/factors",
							Map.of("type", "process", "description", "The root cause was the retry storm")));
		expect(200, f.admin().sendJson("PATCH", path, Map.of("status", "in_review")));

		JsonNode findings = expect(200, f.admin().get(path + "/wording")).get("findings");
		List<String> keys = findings.valueStream().map((w) -> w.get("key").asString()).toList();
		assertThat(keys).containsExactlyInAnyOrder("summary:blame:human error",
				"factor-" + factorId(f, path) + ":single_cause:root cause");

		Api.Response refused = f.admin().sendJson("PATCH", path, Map.of("status", "published"));
		expectField(refused, "keepAsWritten");
		assertThat(refused.json().get("detail").asString()).contains("human error", "root cause");
		Api.Response oneKept = f.admin()
			.sendJson("PATCH", path, Map.of("status", "published", "keepAsWritten", List.of(keys.get(0))));
		expectField(oneKept, "keepAsWritten");
		assertThat(expect(200, f.admin().get(path)).get("status").asString()).isEqualTo("in_review");

		expect(200,
				f.admin()
					.sendJson("PATCH", path,
							Map.of("sections", Map.of("summary", "The backlog grew while consumers were paused."))));
		JsonNode published = expect(200,
				f.admin()
					.sendJson("PATCH", path, Map.of("status", "published", "keepAsWritten",
							List.of("factor-" + factorId(f, path) + ":single_cause:root cause"))));
		assertThat(published.get("status").asString()).isEqualTo("published");
		assertThat(f.admin().get("/api/v1/audit-events?action=review.changed&targetType=review&size=50").body())
			.contains("kept as written=factor-" + factorId(f, path) + ":single_cause:root cause");
	}

	private static long factorId(ReviewFixtures f, String path) {
		return expect(200, f.admin().get(path)).get("factors").get(0).get("id").asLong();
	}

	@Test
	void anExternalFactorNamesTheProviderItLayWithAndTheProviderListsTheIncident() {
		ReviewFixtures f = fixtures();
		long incident = f.resolvedIncident("Payments failing");
		long id = f.createReview(f.admin(), incident, null).get("id").asLong();
		String path = "/api/v1/reviews/" + id;
		String provider = expect(201,
				f.admin().postJson("/api/v1/providers", Map.of("name", "Stripe " + id, "kind", "payments")))
			.get("id")
			.asString();
		expectField(f.admin()
			.postJson(path + "/factors", Map.of("type", "external", "description", "The card network timed out",
					"provider", "00000000-0000-0000-0000-000000000000")),
				"provider");
		assertThat(expect(200, f.admin().get(path)).get("factors").size()).as("nothing added").isZero();

		JsonNode factor = expect(201, f.admin()
			.postJson(path + "/factors",
					Map.of("type", "external", "description", "The card network timed out", "provider", provider)));
		assertThat(factor.get("provider").asString()).isEqualTo(provider);
		JsonNode listed = expect(200, f.admin().get("/api/v1/reviews/provider-factors/" + provider)).get(0);
		assertThat(listed.get("incident").asLong()).isEqualTo(incident);
		assertThat(listed.get("title").asString()).isEqualTo("Payments failing");
		assertThat(Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD)
			.getHtml("/reviews/providers/" + provider + "/factors")
			.body()).contains("INC-" + incident + ": Payments failing").contains("The card network timed out");

		JsonNode cleared = expect(200,
				f.admin().sendJson("PATCH", path + "/factors/" + factor.get("id").asLong(), Map.of("provider", "")));
		assertThat(cleared.has("provider") && !cleared.get("provider").isNull()).isFalse();
		assertThat(expect(200, f.admin().get("/api/v1/reviews/provider-factors/" + provider)).size()).isZero();
	}

	@Test
	void badInputIsAProblemNamingTheFieldAndChangesNothing() {
		ReviewFixtures f = fixtures();
		long id = f.createReview(f.admin(), null, "Near miss").get("id").asLong();
		String path = "/api/v1/reviews/" + id;
		expectField(f.admin().postJson(path + "/factors", Map.of("type", "root", "description", "x")), "type");
		expectField(f.admin().postJson(path + "/action-items", Map.of("title", "Fix", "due", "tomorrow")), "due");
		long item = expect(201, f.admin().postJson(path + "/action-items", Map.of("title", "Fix"))).get("id").asLong();
		expectField(f.admin().sendJson("PATCH", path + "/action-items/" + item, Map.of("status", "wont_do")), "reason");
		Api.Response skipped = f.admin().sendJson("PATCH", path, Map.of("status", "published"));
		expectField(skipped, "status");
		assertThat(skipped.json().get("detail").asString())
			.contains("From draft it can move to in_review (reviews go draft → in_review → published)");
		expectField(f.admin().sendJson("PATCH", path, Map.of("sections", Map.of("root_cause", "x"))),
				"sections.root_cause");
		JsonNode review = expect(200, f.admin().get(path));
		assertThat(review.get("status").asString()).isEqualTo("draft");
		assertThat(review.get("factors").size()).isZero();
		assertThat(review.get("actionItems").get(0).get("status").asString()).isEqualTo("open");
	}

	@Test
	void anEditedTemplateShapesReviewsStartedFromIt() {
		ReviewFixtures f = fixtures();
		List<String> sections = List.of("summary", "impact", "trigger", "went_well", "went_wrong", "lucky", "questions",
				"actions", "timeline");
		JsonNode edited = expect(200, f.admin()
			.sendJson("PATCH", "/api/v1/review-templates/sre-book", Map.of("name", "SRE book", "sections", sections)));
		assertThat(edited.get("sections").valueStream().map(JsonNode::asString).toList()).isEqualTo(sections);
		expectField(f.admin().sendJson("PATCH", "/api/v1/review-templates/sre-book", Map.of("sections", List.of())),
				"sections");
		long id = expect(201,
				f.admin().postJson("/api/v1/reviews", Map.of("title", "Near miss", "template", "sre-book")))
			.get("id")
			.asLong();
		assertThat(f.admin().get("/api/v1/reviews/" + id + "/export.md").body()).contains("## Where we got lucky",
				"## Open questions");
		assertThat(f.admin().get("/api/v1/review-templates").body()).doesNotContainIgnoringCase("root");
	}

	@Test
	void draftsAreHiddenFromReadersWithoutWritePermission() {
		ReviewFixtures f = fixtures();
		long id = f.createReview(f.admin(), null, "Draft only").get("id").asLong();
		Api reader = f.readerOnly();
		assertThat(reader.get("/api/v1/reviews/" + id).status()).isEqualTo(404);
		expect(200, f.admin().sendJson("PATCH", "/api/v1/reviews/" + id, Map.of("status", "in_review")));
		expect(200, f.admin().sendJson("PATCH", "/api/v1/reviews/" + id, Map.of("status", "published")));
		assertThat(reader.get("/api/v1/reviews/" + id).status()).isEqualTo(200);
	}

	private static void expectField(Api.Response response, String field) {
		assertThat(response.status()).as(response.toString()).isIn(400, 409);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	private static List<String> accountAuthors(JsonNode review) {
		return review.get("accounts").valueStream().map((a) -> a.get("author").asString()).toList();
	}

	/** Whether searching reviews for this phrase finds the review. */
	private boolean found(String phrase, long id) {
		return this.search.search(SearchQuery.text("\"" + phrase + "\""), Set.of("review"))
			.items()
			.stream()
			.map(SearchHit::id)
			.anyMatch(Long.toString(id)::equals);
	}

	private List<String> audit(long id) {
		return this.jdbc.sql("select action from audit_event where target_type = 'review' and target_id = :id")
			.param("id", Long.toString(id))
			.query(String.class)
			.list();
	}

}
