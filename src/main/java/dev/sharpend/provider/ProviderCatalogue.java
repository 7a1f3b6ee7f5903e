package dev.sharpend.provider;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.sharpend.provider.upstream.StatusFormat;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue a new provider starts from: the entries shipped with Sharpend, and the
 * team's own, which add providers and replace shipped entries of the same name (compared
 * without regard to case). Removing a team entry brings the shipped one back.
 */
@Service
@Transactional
public class ProviderCatalogue {

	private static final ShippedCatalogue SHIPPED = new ShippedCatalogue();

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProviderCatalogue(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Every entry, the team's in place of shipped ones of the same name, by name. */
	@Transactional(readOnly = true)
	public List<CatalogueEntry> entries() {
		Map<String, CatalogueEntry> byKey = new LinkedHashMap<>();
		SHIPPED.entries().forEach((e) -> byKey.put(key(e.name()), e));
		own().forEach((e) -> byKey.put(key(e.name()), e));
		List<CatalogueEntry> all = new ArrayList<>(byKey.values());
		all.sort(Comparator.comparing((CatalogueEntry e) -> key(e.name())));
		return all;
	}

	/** The entry of this name, compared without regard to case. */
	@Transactional(readOnly = true)
	public Optional<CatalogueEntry> find(String name) {
		String wanted = key(name);
		return entries().stream().filter((e) -> key(e.name()).equals(wanted)).findFirst();
	}

	/**
	 * Adds the team's entry of this name, or replaces it (and, while it exists, a shipped
	 * one of the same name).
	 * @throws RequestRejected naming the field for a blank or long name, an address that
	 * is not http(s), or a feed that is missing
	 */
	public CatalogueEntry save(CatalogueEntry entry) {
		String name = entry.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			throw RequestRejected.invalid("name", "Give the provider's name, 1 to 200 characters.");
		}
		String page = ProviderInput.address("statusPage", entry.page());
		String feed = ProviderInput.address("feed", entry.feed());
		if (feed == null) {
			throw RequestRejected.invalid("feed", "Give the address its status is read from (an API or feed).");
		}
		List<String> regions = entry.regions().stream().map(String::strip).filter((r) -> !r.isEmpty()).toList();
		ProviderInput.names("regions", Set.copyOf(regions));
		CatalogueEntry clean = new CatalogueEntry(name, entry.kind(), (page != null) ? page : "", entry.format(), feed,
				regions, true);
		this.jdbc.sql("delete from provider_catalogue_entry where name_key = :key").param("key", key(name)).update();
		this.jdbc.sql("""
				insert into provider_catalogue_entry (name_key, name, kind, page, format, feed, regions, updated_at)
				values (:key, :name, :kind, :page, :format, :feed, :regions, :at)""")
			.param("key", key(name))
			.param("name", name)
			.param("kind", clean.kind().code())
			.param("page", clean.page())
			.param("format", clean.format().code())
			.param("feed", clean.feed())
			.param("regions", String.join("\n", clean.regions()))
			.param("at", Timestamps.toColumn(this.clock.instant()))
			.update();
		this.events.publishEvent(new CatalogueEntrySaved(name,
				"kind=" + clean.kind().code() + ", format=" + clean.format().code() + ", feed=" + clean.feed()));
		return clean;
	}

	/**
	 * Removes the team's entry of this name; a shipped entry of the same name shows
	 * again.
	 * @throws RequestRejected (not found) when the team has no entry of this name
	 */
	public void remove(String name) {
		int removed = this.jdbc.sql("delete from provider_catalogue_entry where name_key = :key")
			.param("key", key(name))
			.update();
		if (removed == 0) {
			throw RequestRejected.notFound("The team has no catalogue entry named \"" + name.strip()
					+ "\"; entries shipped with Sharpend are changed by saving one of the same name.");
		}
		this.events.publishEvent(new CatalogueEntryRemoved(name.strip()));
	}

	private List<CatalogueEntry> own() {
		return this.jdbc.sql("select * from provider_catalogue_entry order by name_key")
			.query((rs, n) -> new CatalogueEntry(rs.getString("name"),
					WireCode.parse(ProviderKind.class, rs.getString("kind"), "kind"), rs.getString("page"),
					WireCode.parse(StatusFormat.class, rs.getString("format"), "format"), rs.getString("feed"),
					rs.getString("regions").isEmpty() ? List.of() : Arrays.asList(rs.getString("regions").split("\n")),
					true))
			.list();
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

}
