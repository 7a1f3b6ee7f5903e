package dev.sharpend.statuspage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.ShortId;
import dev.sharpend.system.AfterCommit;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Access links to private pages. Working links are checked against an in-memory copy of
 * their hashes, so holders keep reading while the database is down, like everyone else;
 * the copy is reloaded after a change on this node and every few seconds for changes on
 * others.
 */
@Service
public class AccessLinks {

	private static final Logger log = LoggerFactory.getLogger(AccessLinks.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccessLinkRepository links;

	private final StatusPages pages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private volatile Map<String, PageId> active = Map.of();

	AccessLinks(AccessLinkRepository links, StatusPages pages, ApplicationEventPublisher events, Clock clock) {
		this.links = links;
		this.pages = pages;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AccessLink> all(PageId page) {
		return this.links.findByPage(page);
	}

	/** Creates a link; its token is in the result and nowhere else. */
	@Transactional
	public AccessLink.Created create(PageId page, String label) {
		this.pages.require(page);
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		AccessLink link = new AccessLink(ShortId.next(), page, StatusPages.required(label, "label", 200),
				token.substring(0, 6) + "…", this.clock.instant(), null);
		this.links.insert(link, hash(token));
		this.events.publishEvent(new AccessLinkChanged(page, link.id(), link.label(), true));
		return new AccessLink.Created(link, token);
	}

	@Transactional
	public void revoke(PageId page, String id) {
		AccessLink link = this.links.findById(id)
			.filter((l) -> l.page().equals(page))
			.orElseThrow(() -> RequestRejected.notFound("There is no access link " + id + " on this page."));
		this.links.revoke(link.id(), this.clock.instant());
		this.events.publishEvent(new AccessLinkChanged(page, link.id(), link.label(), false));
	}

	/** Whether the token opens the page; answers from memory. */
	public boolean admits(PageId page, String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return false;
		}
		return page.equals(this.active.get(hash(token)));
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadAtStart() {
		reload();
	}

	@EventListener
	void onChange(AccessLinkChanged change) {
		AfterCommit.run(this::reload);
	}

	@Scheduled(fixedDelayString = "${sharpend.statuspage.access-link-refresh-interval:PT5S}")
	void reload() {
		try {
			this.active = Map.copyOf(this.links.activeHashes());
		}
		catch (RuntimeException ex) {
			// Keep the links known so far: holders keep reading during a database outage.
			log.debug("Could not reload access links: {}", ex.getMessage());
		}
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
