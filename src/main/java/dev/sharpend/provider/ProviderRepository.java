package dev.sharpend.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.provider.upstream.StatusFormat;
import dev.sharpend.provider.upstream.StatusScope;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProviderRepository {

	/** Scope names are kept one per line, as names may hold commas. */
	private static final String LINES = "\n";

	private final JdbcClient jdbc;

	ProviderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Provider> providers() {
		Map<ProviderId, List<ProviderId>> edges = dependencies();
		Map<ProviderId, List<ComponentDependency>> components = componentDependencies();
		return this.jdbc.sql("select * from provider order by name_key, id")
			.query((rs, n) -> map(rs, edges, components))
			.list();
	}

	Optional<Provider> provider(ProviderId id) {
		Map<ProviderId, List<ProviderId>> edges = dependencies();
		Map<ProviderId, List<ComponentDependency>> components = componentDependencies();
		return this.jdbc.sql("select * from provider where id = :id")
			.param("id", id.value())
			.query((rs, n) -> map(rs, edges, components))
			.optional();
	}

	boolean nameTaken(String name, ProviderId self) {
		return this.jdbc.sql("select count(*) from provider where name_key = :key and id <> :id")
			.param("key", name.toLowerCase(Locale.ROOT))
			.param("id", self.value())
			.query(Integer.class)
			.single() > 0;
	}

	/** Every provider's own providers, in one read. */
	Map<ProviderId, List<ProviderId>> dependencies() {
		Map<ProviderId, List<ProviderId>> edges = new HashMap<>();
		this.jdbc.sql("select provider_id, depends_on from provider_dependency order by provider_id, depends_on")
			.query((rs, n) -> Map.entry(new ProviderId(rs.getObject(1, UUID.class)),
					new ProviderId(rs.getObject(2, UUID.class))))
			.list()
			.forEach((e) -> edges.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue()));
		return edges;
	}

	/** Every provider's dependent components, in one read. */
	private Map<ProviderId, List<ComponentDependency>> componentDependencies() {
		Map<ProviderId, List<ComponentDependency>> all = new HashMap<>();
		this.jdbc.sql("""
				select provider_id, component_id, strength, note from provider_component_dependency
				order by provider_id, strength, component_id""")
			.query((rs, n) -> Map.entry(new ProviderId(rs.getObject(1, UUID.class)),
					new ComponentDependency(new ComponentId(rs.getString(2)),
							code(DependencyStrength.class, rs.getString(3)), rs.getString(4))))
			.list()
			.forEach((e) -> all.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue()));
		return all;
	}

	/** The components any provider names as depending on it. */
	List<ComponentId> dependentComponents() {
		return this.jdbc.sql("select distinct component_id from provider_component_dependency")
			.query((rs, n) -> new ComponentId(rs.getString(1)))
			.list();
	}

	/** Forgets a component that no longer exists. */
	void dropComponent(ComponentId component) {
		this.jdbc.sql("delete from provider_component_dependency where component_id = :component")
			.param("component", component.value())
			.update();
	}

	/** The providers that name this one among their own providers. */
	List<String> dependents(ProviderId id) {
		return this.jdbc.sql("""
				select p.name from provider_dependency d join provider p on p.id = d.provider_id
				where d.depends_on = :id order by p.name_key""").param("id", id.value()).query(String.class).list();
	}

	void insert(Provider provider, Instant now) {
		this.jdbc.sql("""
				insert into provider (id, name, name_key, kind, tenancy, lifecycle, plan_notes, support, data_held,
				    data_sensitivity, access_granularity, credentials_location, security_notes, contract_renewal,
				    next_review, status_page, status_feed, status_format, status_products, status_locations,
				    status_regions, status_poll_interval, created_at, updated_at)
				values (:id, :name, :key, :kind, :tenancy, :lifecycle, :plan, :support, :data, :sensitivity, :access,
				    :credentials, :security, :renewal, :review, :page, :feed, :format, :products, :locations,
				    :regions, :interval, :now, :now)""").paramSource(columns(provider, now)).update();
		insertDependencies(provider);
	}

	void update(Provider provider, Instant now) {
		this.jdbc.sql("""
				update provider set name = :name, name_key = :key, kind = :kind, tenancy = :tenancy,
				    lifecycle = :lifecycle, plan_notes = :plan, support = :support, data_held = :data,
				    data_sensitivity = :sensitivity, access_granularity = :access, credentials_location = :credentials,
				    security_notes = :security, contract_renewal = :renewal, next_review = :review,
				    status_page = :page, status_feed = :feed, status_format = :format, status_products = :products,
				    status_locations = :locations, status_regions = :regions, status_poll_interval = :interval,
				    updated_at = :now
				where id = :id""").paramSource(columns(provider, now)).update();
		this.jdbc.sql("delete from provider_dependency where provider_id = :id")
			.param("id", provider.id().value())
			.update();
		this.jdbc.sql("delete from provider_component_dependency where provider_id = :id")
			.param("id", provider.id().value())
			.update();
		insertDependencies(provider);
	}

	void delete(ProviderId id) {
		this.jdbc.sql("delete from provider where id = :id").param("id", id.value()).update();
	}

	private void insertDependencies(Provider provider) {
		for (ProviderId dependency : provider.dependsOn()) {
			this.jdbc.sql("insert into provider_dependency (provider_id, depends_on) values (:provider, :dependency)")
				.param("provider", provider.id().value())
				.param("dependency", dependency.value())
				.update();
		}
		for (ComponentDependency dependency : provider.components()) {
			this.jdbc.sql("""
					insert into provider_component_dependency (provider_id, component_id, strength, note)
					values (:provider, :component, :strength, :note)""")
				.param("provider", provider.id().value())
				.param("component", dependency.component().value())
				.param("strength", dependency.strength().code())
				.param("note", dependency.note())
				.update();
		}
	}

	private static MapSqlParameterSource columns(Provider p, Instant now) {
		ProviderProfile profile = p.profile();
		StatusSource status = p.status();
		return new MapSqlParameterSource().addValue("id", p.id().value())
			.addValue("name", p.name())
			.addValue("key", p.name().toLowerCase(Locale.ROOT))
			.addValue("kind", p.kind().code())
			.addValue("tenancy", p.tenancy().code())
			.addValue("lifecycle", p.lifecycle().code())
			.addValue("plan", profile.plan())
			.addValue("support", profile.support())
			.addValue("data", profile.dataHeld())
			.addValue("sensitivity", profile.sensitivity().code())
			.addValue("access", profile.access().code())
			.addValue("credentials", profile.credentialsLocation())
			.addValue("security", profile.securityNotes())
			.addValue("renewal", profile.contractRenewal(), Types.DATE)
			.addValue("review", profile.nextReview(), Types.DATE)
			.addValue("page", status.page(), Types.VARCHAR)
			.addValue("feed", status.feed(), Types.VARCHAR)
			.addValue("format", (status.format() != null) ? status.format().code() : null, Types.VARCHAR)
			.addValue("products", String.join(LINES, status.scope().products()))
			.addValue("locations", String.join(LINES, status.scope().locations()))
			.addValue("regions", String.join(LINES, status.scope().regions()))
			.addValue("interval", (status.pollInterval() != null) ? (int) status.pollInterval().toSeconds() : null,
					Types.INTEGER)
			.addValue("now", Timestamps.toColumn(now));
	}

	private static Provider map(ResultSet rs, Map<ProviderId, List<ProviderId>> edges,
			Map<ProviderId, List<ComponentDependency>> components) throws SQLException {
		ProviderId id = new ProviderId(rs.getObject("id", UUID.class));
		ProviderProfile profile = new ProviderProfile(rs.getString("plan_notes"), rs.getString("support"),
				rs.getString("data_held"), code(Sensitivity.class, rs.getString("data_sensitivity")),
				code(AccessGranularity.class, rs.getString("access_granularity")), rs.getString("credentials_location"),
				rs.getString("security_notes"), rs.getObject("contract_renewal", LocalDate.class),
				rs.getObject("next_review", LocalDate.class));
		String format = rs.getString("status_format");
		StatusScope scope = new StatusScope(lines(rs.getString("status_products")),
				lines(rs.getString("status_locations")), lines(rs.getString("status_regions")));
		int seconds = rs.getInt("status_poll_interval");
		Duration interval = rs.wasNull() ? null : Duration.ofSeconds(seconds);
		StatusSource status = new StatusSource(rs.getString("status_page"), rs.getString("status_feed"),
				(format != null) ? code(StatusFormat.class, format) : null, scope, interval);
		return new Provider(id, rs.getString("name"), code(ProviderKind.class, rs.getString("kind")),
				code(Tenancy.class, rs.getString("tenancy")), code(Lifecycle.class, rs.getString("lifecycle")), profile,
				status, edges.getOrDefault(id, List.of()), components.getOrDefault(id, List.of()));
	}

	private static Set<String> lines(String joined) {
		return joined.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(LINES)));
	}

	private static <E extends Enum<E> & WireCode> E code(Class<E> type, String code) {
		return WireCode.find(type, code)
			.orElseThrow(() -> new IllegalStateException("Unknown " + type.getSimpleName() + " " + code));
	}

}
