package dev.sharpend.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.provider.upstream.UpstreamStatus;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Mappings of providers' components to ours, the statuses Sharpend set because of them,
 * and what the poller last read of each provider's components.
 */
@Repository
class MappingRepository {

	private final JdbcClient jdbc;

	MappingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ComponentMapping> ofProvider(ProviderId provider) {
		return this.jdbc.sql("""
				select * from provider_component_mapping where provider_id = :p
				order by upstream_component, component_id""").param("p", provider.value()).query(this::mapping).list();
	}

	List<ComponentMapping> ofComponent(ComponentId component) {
		return this.jdbc.sql("""
				select * from provider_component_mapping where component_id = :c
				order by provider_id, upstream_component""").param("c", component.value()).query(this::mapping).list();
	}

	List<ComponentMapping> ofComponents(Collection<ComponentId> components) {
		if (components.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select * from provider_component_mapping where component_id in (:c)
				order by provider_id, upstream_component""")
			.param("c", components.stream().map(ComponentId::value).toList())
			.query(this::mapping)
			.list();
	}

	/** Our components with any mapping. */
	List<ComponentId> mappedComponents() {
		return this.jdbc.sql("select distinct component_id from provider_component_mapping order by component_id")
			.query((rs, n) -> new ComponentId(rs.getString(1)))
			.list();
	}

	void replace(ProviderId provider, List<ComponentMapping> mappings) {
		this.jdbc.sql("delete from provider_component_mapping where provider_id = :p")
			.param("p", provider.value())
			.update();
		for (ComponentMapping m : mappings) {
			this.jdbc.sql("""
					insert into provider_component_mapping (provider_id, upstream_component, component_id, rule, cap)
					values (:p, :u, :c, :rule, :cap)""")
				.param("p", provider.value())
				.param("u", m.upstreamComponent())
				.param("c", m.component().value())
				.param("rule", m.rule().code())
				.param("cap", m.cap().code())
				.update();
		}
	}

	void forgetComponent(ComponentId component) {
		this.jdbc.sql("delete from provider_component_mapping where component_id = :c")
			.param("c", component.value())
			.update();
		this.jdbc.sql("delete from provider_degradation where component_id = :c")
			.param("c", component.value())
			.update();
	}

	Optional<Degradation> degradation(ComponentId component) {
		return this.jdbc.sql("select * from provider_degradation where component_id = :c")
			.param("c", component.value())
			.query(MappingRepository::degradation)
			.optional();
	}

	/** Reads the degradation with a row lock, so concurrent decisions for it queue. */
	Optional<Degradation> degradationForUpdate(ComponentId component) {
		return this.jdbc.sql("select * from provider_degradation where component_id = :c for update")
			.param("c", component.value())
			.query(MappingRepository::degradation)
			.optional();
	}

	void save(Degradation d) {
		int changed = this.jdbc.sql("""
				update provider_degradation set applied_status = :applied, previous_status = :previous, since = :since,
				overridden = :overridden, locked = :locked where component_id = :c""")
			.params(degradationParams(d))
			.update();
		if (changed == 0) {
			this.jdbc.sql("""
					insert into provider_degradation (component_id, applied_status, previous_status, since, overridden,
					locked) values (:c, :applied, :previous, :since, :overridden, :locked)""")
				.params(degradationParams(d))
				.update();
		}
	}

	void forgetDegradation(ComponentId component) {
		this.jdbc.sql("delete from provider_degradation where component_id = :c")
			.param("c", component.value())
			.update();
	}

	/**
	 * What the poller last read of a provider's component; unknown when it has never
	 * listed it.
	 */
	UpstreamState upstream(ProviderId provider, String name) {
		return this.jdbc.sql("""
				select status, status_since from provider_upstream_component
				where provider_id = :p and name = :n""")
			.param("p", provider.value())
			.param("n", name)
			.query((rs, n) -> new UpstreamState(WireCode.parse(UpstreamStatus.class, rs.getString(1), "status"),
					Timestamps.fromColumn(rs, "status_since")))
			.optional()
			.orElse(new UpstreamState(UpstreamStatus.UNKNOWN, null));
	}

	private ComponentMapping mapping(ResultSet rs, int n) throws SQLException {
		return new ComponentMapping(new ProviderId(rs.getObject("provider_id", UUID.class)),
				rs.getString("upstream_component"), new ComponentId(rs.getString("component_id")),
				WireCode.parse(MappingRule.class, rs.getString("rule"), "rule"),
				WireCode.parse(ComponentStatus.class, rs.getString("cap"), "cap"));
	}

	private static Degradation degradation(ResultSet rs, int n) throws SQLException {
		return new Degradation(new ComponentId(rs.getString("component_id")),
				WireCode.parse(ComponentStatus.class, rs.getString("applied_status"), "status"),
				WireCode.parse(ComponentStatus.class, rs.getString("previous_status"), "status"),
				Timestamps.fromColumn(rs, "since"), rs.getBoolean("overridden"), rs.getBoolean("locked"));
	}

	private static Map<String, Object> degradationParams(Degradation d) {
		return Map.of("c", d.component().value(), "applied", d.applied().code(), "previous", d.previous().code(),
				"since", Timestamps.toColumn(d.since()), "overridden", d.overridden(), "locked", d.locked());
	}

	/**
	 * A provider's component as last read.
	 *
	 * @param status its status
	 * @param since since when, null when never read
	 */
	record UpstreamState(UpstreamStatus status, @Nullable Instant since) {
	}

}
