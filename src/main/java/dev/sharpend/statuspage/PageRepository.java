package dev.sharpend.statuspage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.ClusterSignals;
import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PageRepository {

	/**
	 * Sent with every bump of a page's change counter, in the same transaction, so other
	 * nodes re-render as soon as it commits rather than at their next poll.
	 */
	static final String SIGNAL = "sharpend_page_changed";

	private final JdbcClient jdbc;

	private final ClusterSignals signals;

	PageRepository(JdbcClient jdbc, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.signals = signals;
	}

	List<StatusPage> findAll() {
		return this.jdbc.sql("select * from sp_page order by is_default desc, name").query(PageRepository::map).list();
	}

	Optional<StatusPage> findById(PageId id) {
		return this.jdbc.sql("select * from sp_page where id = :id")
			.param("id", id.value())
			.query(PageRepository::map)
			.optional();
	}

	Optional<StatusPage> findBySlug(String slug) {
		return this.jdbc.sql("select * from sp_page where slug = :slug")
			.param("slug", slug)
			.query(PageRepository::map)
			.optional();
	}

	/**
	 * Each page's change counter, so nodes can tell cheaply which snapshots are stale.
	 */
	Map<PageId, Long> versions() {
		Map<PageId, Long> versions = new java.util.HashMap<>();
		this.jdbc.sql("select id, version from sp_page").query((rs) -> {
			versions.put(new PageId(rs.getString("id")), rs.getLong("version"));
		});
		return versions;
	}

	void insert(StatusPage page) {
		this.jdbc
			.sql("""
					insert into sp_page (id, slug, hostname, name, public_url, time_zone, is_default, visibility, accent_color,
					    logo_url, footer_links, version, created_at, updated_at)
					values (:id, :slug, :hostname, :name, :publicUrl, :timeZone, :isDefault, :visibility, :accent, :logo,
					    :footer, 1, :createdAt, :updatedAt)""")
			.params(params(page))
			.update();
		this.signals.send(SIGNAL, page.id().value());
	}

	void update(StatusPage page) {
		this.jdbc.sql("""
				update sp_page set slug = :slug, hostname = :hostname, name = :name, public_url = :publicUrl,
				    time_zone = :timeZone, is_default = :isDefault, visibility = :visibility, accent_color = :accent,
				    logo_url = :logo, footer_links = :footer, updated_at = :updatedAt, version = version + 1
				where id = :id""").params(params(page)).update();
		this.signals.send(SIGNAL, page.id().value());
	}

	/**
	 * Marks a page changed (its components or notices), bumping the counter other nodes
	 * watch.
	 */
	void touch(PageId id, Instant at) {
		this.jdbc.sql("update sp_page set version = version + 1, updated_at = :at where id = :id")
			.param("id", id.value())
			.param("at", Timestamps.toColumn(at))
			.update();
		this.signals.send(SIGNAL, id.value());
	}

	void clearDefault() {
		this.jdbc.sql("update sp_page set is_default = false, version = version + 1 where is_default = true").update();
		this.signals.send(SIGNAL, "default");
	}

	private static Map<String, Object> params(StatusPage page) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("id", page.id().value());
		params.put("slug", page.slug());
		params.put("hostname", page.hostname());
		params.put("name", page.name());
		params.put("publicUrl", page.publicUrl());
		params.put("timeZone", page.timeZone());
		params.put("isDefault", page.isDefault());
		params.put("visibility", page.visibility().name().toLowerCase());
		params.put("accent", page.branding().accentColor());
		params.put("logo", page.branding().logoUrl());
		params.put("footer", FooterLinks.write(page.footerLinks()));
		params.put("createdAt", Timestamps.toColumn(page.createdAt()));
		params.put("updatedAt", Timestamps.toColumn(page.updatedAt()));
		return params;
	}

	private static StatusPage map(ResultSet rs, int row) throws SQLException {
		return new StatusPage(new PageId(rs.getString("id")), rs.getString("slug"), rs.getString("hostname"),
				rs.getString("name"), rs.getString("public_url"), rs.getString("time_zone"),
				rs.getBoolean("is_default"), StatusPage.Visibility.valueOf(rs.getString("visibility").toUpperCase()),
				new StatusPage.Branding(rs.getString("accent_color"), rs.getString("logo_url")),
				FooterLinks.read(rs.getString("footer_links")), Timestamps.fromColumn(rs, "created_at"),
				Timestamps.fromColumn(rs, "updated_at"));
	}

	/** Footer links stored one per line as {@code label<TAB>url}. */
	static final class FooterLinks {

		private FooterLinks() {
		}

		static String write(List<StatusPage.Link> links) {
			StringBuilder text = new StringBuilder();
			for (StatusPage.Link link : links) {
				text.append(link.label().replace('\t', ' ').replace('\n', ' '))
					.append('\t')
					.append(link.url().replace('\t', ' ').replace('\n', ' '))
					.append('\n');
			}
			return text.toString();
		}

		static List<StatusPage.Link> read(String text) {
			List<StatusPage.Link> links = new ArrayList<>();
			for (String line : text.split("\n")) {
				int tab = line.indexOf('\t');
				if (tab > 0) {
					links.add(new StatusPage.Link(line.substring(0, tab), line.substring(tab + 1)));
				}
			}
			return links;
		}

	}

}
