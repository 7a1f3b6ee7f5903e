package dev.sharpend.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sharpend.identity.People;
import dev.sharpend.notify.PersonalMail;
import dev.sharpend.system.JobRuns;

import org.springframework.transaction.PlatformTransactionManager;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The setting that turns the weekly e-mail off. */
class WeeklyDigestsTests {

	private final WeeklyReviews reviews = mock(WeeklyReviews.class);

	private final PersonalMail mail = mock(PersonalMail.class);

	private final JobRuns runs = mock(JobRuns.class);

	@Test
	void turnedOffItLooksAtNoRotationAndMailsNobody() {
		digests(false).tick();

		verifyNoInteractions(this.reviews, this.mail, this.runs);
	}

	@Test
	void onByDefaultItLooksAtEveryRotation() {
		when(this.reviews.schedules()).thenReturn(List.of());

		digests(true).tick();

		verify(this.reviews).schedules();
		verify(this.runs).succeeded(WeeklyDigests.JOB);
	}

	private WeeklyDigests digests(boolean on) {
		InsightProperties properties = new InsightProperties(ZoneId.of("UTC"), Duration.ofSeconds(30), null, null,
				Duration.ofHours(1), null, on);
		return new WeeklyDigests(this.reviews, mock(WeeklyReviewRepository.class), mock(People.class), this.mail,
				properties, mock(WeeklyDigests.Links.class), mock(PlatformTransactionManager.class), this.runs,
				Clock.fixed(Instant.parse("2026-03-30T07:00:00Z"), ZoneOffset.UTC));
	}

}
