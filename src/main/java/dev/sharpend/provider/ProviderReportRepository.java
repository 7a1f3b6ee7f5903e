package dev.sharpend.provider;

import java.time.Instant;
import java.util.List;

import dev.sharpend.provider.Spans.Span;
import dev.sharpend.provider.upstream.UpstreamStatus;
import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A provider's status over time as read, and the incidents it published, for reports. */
@Repository
class ProviderReportRepository {

	private static final List<String> UNWELL = List.of(UpstreamStatus.DEGRADED.code(),
			UpstreamStatus.PARTIAL_OUTAGE.code(), UpstreamStatus.MAJOR_OUTAGE.code());

	private final JdbcClient jdbc;

	ProviderReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Ends the provider's open period and opens one of {@code status} at {@code at}. */
	void changeStatus(ProviderId provider, UpstreamStatus status, Instant at) {
		this.jdbc.sql("update provider_status_period set ended_at = :at where provider_id = :p and ended_at is null")
			.param("p", provider.value())
			.param("at", Timestamps.toColumn(at))
			.update();
		this.jdbc.sql("""
				insert into provider_status_period (provider_id, status, started_at) values (:p, :status, :at)""")
			.param("p", provider.value())
			.param("status", status.code())
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	/**
	 * The periods Sharpend read the provider as degraded or in an outage; open ones end
	 * now.
	 */
	List<Span> unwell(ProviderId provider, Instant now) {
		return this.jdbc.sql("""
				select started_at, ended_at from provider_status_period
				where provider_id = :p and status in (:unwell) order by started_at""")
			.param("p", provider.value())
			.param("unwell", UNWELL)
			.query((rs, n) -> span(Timestamps.fromColumn(rs, "started_at"), Timestamps.fromColumn(rs, "ended_at"), now))
			.list();
	}

	/**
	 * The incidents (or maintenances) the provider published, from their start (or when
	 * Sharpend first saw them) to their end; an open one ends now, one closed without an
	 * end time when Sharpend last saw it change.
	 */
	List<Span> events(ProviderId provider, String kind, Instant now) {
		return this.jdbc.sql("""
				select coalesce(started_at, first_seen_at) as s, ended_at,
				       case when state in ('resolved', 'completed', 'scheduled') then updated_at end as closed
				from provider_upstream_event where provider_id = :p and kind = :kind order by s""")
			.param("p", provider.value())
			.param("kind", kind)
			.query((rs, n) -> {
				Instant end = Timestamps.fromColumn(rs, "ended_at");
				return span(Timestamps.fromColumn(rs, "s"), (end != null) ? end : Timestamps.fromColumn(rs, "closed"),
						now);
			})
			.list();
	}

	private static Span span(Instant start, Instant end, Instant now) {
		Instant until = (end != null) ? end : now;
		return new Span(start, until.isBefore(start) ? start : until);
	}

}
