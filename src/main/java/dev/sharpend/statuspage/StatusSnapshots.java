package dev.sharpend.statuspage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.catalog.PageId;
import dev.sharpend.statuspage.compat.V2Documents;
import dev.sharpend.system.AfterCommit;
import dev.sharpend.system.ClusterSignals;
import dev.sharpend.system.WakeUp;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.NamedInterface;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps every page's public documents rendered in memory. A change on this node
 * re-renders its page right after commit; changes from other nodes are heard at once as a
 * {@link ClusterSignals cluster signal} on PostgreSQL, and noticed in any case by polling
 * each page's change counter (which also catches the maintenance schedule and a lost
 * signal). When the database is unreachable the last rendering keeps being served.
 */
@Service
@NamedInterface("api")
public class StatusSnapshots {

	private static final Logger log = LoggerFactory.getLogger(StatusSnapshots.class);

	private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PageReader reader;

	private final PublicPageRenderer renderer;

	private final List<PageDocuments> contributors;

	private final Map<PageId, PageSnapshot> snapshots = new ConcurrentHashMap<>();

	private volatile Instant databaseUnreachableSince;

	private final StatusPageMetrics metrics;

	private final Set<PageId> failing = ConcurrentHashMap.newKeySet();

	private final WakeUp fromOtherNodes;

	StatusSnapshots(PageReader reader, PublicPageRenderer renderer, List<PageDocuments> contributors,
			StatusPageMetrics metrics, ClusterSignals signals) {
		this.metrics = metrics;
		this.fromOtherNodes = new WakeUp("status-page-signals", this::refresh);
		signals.listen(PageRepository.SIGNAL, (page) -> this.fromOtherNodes.now());
		this.reader = reader;
		this.renderer = renderer;
		this.contributors = contributors;
	}

	public Optional<PageSnapshot> byId(PageId id) {
		return Optional.ofNullable(this.snapshots.get(id));
	}

	/**
	 * The snapshot of the page a request is for: by host name, by slug, or the default
	 * page.
	 */
	public Optional<PageSnapshot> find(String host, String slug) {
		if (slug != null) {
			return this.snapshots.values().stream().filter((s) -> s.view().page().slug().equals(slug)).findFirst();
		}
		if (host != null) {
			Optional<PageSnapshot> byHost = this.snapshots.values()
				.stream()
				.filter((s) -> host.equalsIgnoreCase(s.view().page().hostname()))
				.findFirst();
			if (byHost.isPresent()) {
				return byHost;
			}
		}
		return this.snapshots.values().stream().filter((s) -> s.view().page().isDefault()).findFirst();
	}

	/** When the database stopped answering, or null while it answers. */
	public Instant databaseUnreachableSince() {
		return this.databaseUnreachableSince;
	}

	@EventListener(ApplicationReadyEvent.class)
	void renderAll() {
		refresh();
	}

	@EventListener
	void onChange(PageChange change) {
		AfterCommit.run(() -> rebuild(change.page()));
	}

	@PreDestroy
	void close() {
		this.fromOtherNodes.close();
	}

	@Scheduled(fixedDelayString = "${sharpend.statuspage.refresh-interval:PT0.5S}")
	synchronized void refresh() {
		Map<PageId, Long> versions;
		try {
			versions = this.reader.versions();
		}
		catch (RuntimeException ex) {
			if (this.databaseUnreachableSince == null) {
				this.databaseUnreachableSince = Instant.now();
				this.metrics.databaseAnswers(false);
				log.warn("The database does not answer ({}); status pages keep showing their last known state",
						ex.getMessage());
			}
			return;
		}
		this.snapshots.keySet().removeIf((id) -> !versions.containsKey(id));
		this.metrics.retain(versions.keySet());
		versions.forEach(this::refresh);
		if (this.databaseUnreachableSince != null) {
			log.info("The database answers again; status pages are live");
			this.databaseUnreachableSince = null;
			this.metrics.databaseAnswers(true);
		}
	}

	/**
	 * Brings one page's snapshot to the version read. A page that fails to render keeps
	 * its last snapshot, which then ages in the metrics, and does not hold up the others.
	 */
	private void refresh(PageId id, long version) {
		try {
			PageSnapshot current = this.snapshots.get(id);
			if (current == null || current.version() != version) {
				rebuild(id);
			}
			PageSnapshot now = this.snapshots.get(id);
			if (now != null && now.version() == version) {
				this.metrics.confirmed(id, now.view().page().slug());
			}
			if (this.failing.remove(id)) {
				log.info("The snapshot of status page {} is rendered again", id);
			}
		}
		catch (RuntimeException ex) {
			if (this.failing.add(id)) {
				log.warn("Could not render the snapshot of status page {}; its last snapshot is served meanwhile", id,
						ex);
			}
		}
	}

	void rebuild(PageId id) {
		Optional<PageReader.Read> read = this.reader.read(id);
		if (read.isEmpty()) {
			this.snapshots.remove(id);
			return;
		}
		PageView view = read.get().view();
		V2Documents v2 = new V2Documents(view);
		Instant modified = view.page().updatedAt();
		Map<String, PageSnapshot.Rendered> documents = new HashMap<>();
		PageSnapshot.Rendered summary = json(v2.summary(), modified);
		documents.put("summary.json", summary);
		documents.put("status.json", json(v2.statusDocument(), modified));
		documents.put("components.json", json(v2.componentsDocument(), modified));
		documents.put("incidents.json", json(v2.incidentsDocument(view.incidents()), modified));
		documents.put("incidents/unresolved.json", json(v2.incidentsDocument(view.unresolvedIncidents()), modified));
		documents.put("scheduled-maintenances.json", json(v2.maintenancesDocument(view.maintenances()), modified));
		documents.put("scheduled-maintenances/upcoming.json",
				json(v2.maintenancesDocument(view.upcomingMaintenances()), modified));
		documents.put("scheduled-maintenances/active.json",
				json(v2.maintenancesDocument(view.activeMaintenances()), modified));
		documents.put("index.html",
				rendered(this.renderer.render(view, summary.etag()).getBytes(StandardCharsets.UTF_8),
						"text/html;charset=UTF-8", modified));
		documents.put("theme.css",
				rendered(PageTheme.css(view.page().branding().accentColor()).getBytes(StandardCharsets.UTF_8),
						"text/css;charset=UTF-8", modified));
		for (PageDocuments contributor : this.contributors) {
			documents.putAll(contributor.render(view));
		}
		// Renderings may finish out of order (after a commit here, after a signal or a
		// poll): an older one never replaces a newer.
		this.snapshots.merge(id, new PageSnapshot(view, read.get().version(), Map.copyOf(documents)),
				(old, fresh) -> (fresh.version() >= old.version()) ? fresh : old);
		this.metrics.rebuilt();
	}

	private static PageSnapshot.Rendered json(Map<String, Object> document, Instant modified) {
		return rendered(JSON.writeValueAsBytes(document), "application/json", modified);
	}

	static PageSnapshot.Rendered rendered(byte[] body, String contentType, Instant modified) {
		return new PageSnapshot.Rendered(body, gzip(body), etag(body), contentType, HTTP_DATE.format(modified));
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	List<PageSnapshot> all() {
		return List.copyOf(this.snapshots.values());
	}

}
