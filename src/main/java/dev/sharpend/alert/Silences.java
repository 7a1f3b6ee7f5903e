package dev.sharpend.alert;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.Timestamps;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Silences: created with matchers and an end, expired by hand or by time. */
@Service
@Transactional
public class Silences {

	// the open groups a new silence is checked against, per status, most recently
	// changed first; more open groups than this is an outage, not a workday
	private static final int OPEN_GROUPS_CHECKED = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<StoredMatcher>> MATCHERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final AlertGroupRepository groups;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Silences(JdbcClient jdbc, AlertGroupRepository groups, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.groups = groups;
		this.events = events;
		this.clock = clock;
	}

	public Silence create(List<SilenceMatcher> matchers, Instant startsAt, Instant endsAt, String comment, String by) {
		Instant now = this.clock.instant();
		if (matchers == null || matchers.isEmpty()) {
			throw RequestRejected.invalid("matchers",
					"A silence needs at least one matcher; an empty one would silence everything.");
		}
		Instant start = (startsAt != null) ? startsAt : now;
		if (endsAt == null || !endsAt.isAfter(now) || !endsAt.isAfter(start)) {
			throw RequestRejected.invalid("endsAt", "Give an end in the future, after the start.");
		}
		String text = (comment != null) ? comment.strip() : "";
		if (text.isEmpty() || text.length() > 1000) {
			throw RequestRejected.invalid("comment", "Say why, in 1 to 1000 characters, so others know.");
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into alert_silence (matchers, starts_at, ends_at, comment, created_by, created_at)
				values (:matchers, :start, :end, :comment, :by, :now)""")
			.param("matchers", JSON.writeValueAsString(matchers))
			.param("start", Timestamps.toColumn(start))
			.param("end", Timestamps.toColumn(endsAt))
			.param("comment", text)
			.param("by", by)
			.param("now", Timestamps.toColumn(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		this.events.publishEvent(new SilenceChanged(id, true, "matchers=" + matchers.size() + ", until=" + endsAt));
		Silence silence = require(id);
		List<Long> matched = openGroupsMatching(silence);
		if (!matched.isEmpty()) {
			this.events.publishEvent(new AlertGroupsSilenced(id, matched, by, now));
		}
		return silence;
	}

	/** The open groups holding an alert whose labels the silence matches. */
	private List<Long> openGroupsMatching(Silence silence) {
		List<Long> matched = new java.util.ArrayList<>();
		for (AlertGroupStatus status : List.of(AlertGroupStatus.TRIGGERED, AlertGroupStatus.ACKNOWLEDGED)) {
			for (AlertGroup group : this.groups.find(status, 0, OPEN_GROUPS_CHECKED)) {
				if (this.groups.alerts(group.id()).stream().anyMatch((alert) -> silence.matches(alert.labels()))) {
					matched.add(group.id());
				}
			}
		}
		return matched;
	}

	public void expire(long id) {
		Silence silence = require(id);
		Instant now = this.clock.instant();
		if (silence.endsAt().isAfter(now)) {
			this.jdbc.sql("update alert_silence set ends_at = :now where id = :id")
				.param("id", id)
				.param("now", Timestamps.toColumn(now))
				.update();
			this.events.publishEvent(new SilenceChanged(id, false, "expired early"));
		}
	}

	@Transactional(readOnly = true)
	public List<Silence> all() {
		return this.jdbc.sql("select * from alert_silence order by ends_at desc").query(Silences::map).list();
	}

	@Transactional(readOnly = true)
	public Silence require(long id) {
		return this.jdbc.sql("select * from alert_silence where id = :id")
			.param("id", id)
			.query(Silences::map)
			.optional()
			.orElseThrow(() -> RequestRejected.notFound("There is no silence " + id + "."));
	}

	/** The silences in force at {@code now}, read once per delivery. */
	List<Silence> activeAt(Instant now) {
		return this.jdbc.sql("select * from alert_silence where ends_at > :now and starts_at <= :now")
			.param("now", Timestamps.toColumn(now))
			.query(Silences::map)
			.list();
	}

	private static Silence map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		List<SilenceMatcher> matchers = JSON.readValue(rs.getString("matchers"), MATCHERS)
			.stream()
			.map((m) -> SilenceMatcher.stored(m.name(), m.value(), m.isRegex(), m.isEqual()))
			.toList();
		return new Silence(rs.getLong("id"), matchers, Timestamps.fromColumn(rs, "starts_at"),
				Timestamps.fromColumn(rs, "ends_at"), rs.getString("comment"), rs.getString("created_by"));
	}

	/** A matcher as stored, read without the checks a new one passes. */
	private record StoredMatcher(String name, String value, @JsonProperty("isRegex") boolean isRegex,
			@JsonProperty("isEqual") boolean isEqual) {
	}

}
