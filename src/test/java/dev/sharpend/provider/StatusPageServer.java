package dev.sharpend.provider;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A provider's status page in the test, speaking the Statuspage v2 {@code summary.json}:
 * pages whose components and incident the test sets, counting the reads and the
 * validators they send, and feeds that misbehave in every way the poller must survive
 * ({@code /faults/<fault>}).
 */
final class StatusPageServer implements AutoCloseable {

	/** The misbehaving feeds, by path under {@code /faults/}. */
	static final List<String> FAULTS = List.of("slow", "error", "html", "huge", "loop", "invalid-xml", "dtd");

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	StatusPageServer() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(this.threads);
		this.server.createContext("/pages/", this::page);
		this.server.createContext("/faults/", this::fault);
		this.server.start();
	}

	/** A page served at {@link #feed(String)}, every component operational. */
	Page page(String name, String... components) {
		Page page = new Page(name, List.of(components));
		this.pages.put(name, page);
		return page;
	}

	/** The address of a page's {@code summary.json}. */
	String feed(String name) {
		return base() + "/pages/" + name + "/api/v2/summary.json";
	}

	String fault(String fault) {
		return base() + "/faults/" + fault;
	}

	private String base() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void page(HttpExchange exchange) throws IOException {
		String name = exchange.getRequestURI().getPath().split("/")[2];
		Page page = this.pages.get(name);
		if (page == null) {
			send(exchange, 404, "{}");
			return;
		}
		String etag = page.hit(exchange.getRequestHeaders().getFirst("If-None-Match"));
		if (etag != null && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
			exchange.sendResponseHeaders(304, -1);
			exchange.close();
			return;
		}
		if (etag != null) {
			exchange.getResponseHeaders().add("ETag", etag);
		}
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		send(exchange, 200, page.summary());
	}

	private void fault(HttpExchange exchange) throws IOException {
		String fault = exchange.getRequestURI().getPath().substring("/faults/".length());
		switch (fault) {
			case "slow" -> trickle(exchange);
			case "error" -> send(exchange, 500, "Internal Server Error");
			case "html" -> send(exchange, 200, "<!DOCTYPE html><html><body>Status</body></html>");
			case "huge" -> huge(exchange);
			case "loop" -> {
				exchange.getResponseHeaders().add("Location", "/faults/loop");
				exchange.sendResponseHeaders(302, -1);
				exchange.close();
			}
			case "invalid-xml" -> send(exchange, 200, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item>");
			case "dtd" -> send(exchange, 200, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e SYSTEM "
					+ "\"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&e;</title></channel></rss>");
			default -> send(exchange, 404, "");
		}
	}

	private static void trickle(HttpExchange exchange) throws IOException {
		exchange.sendResponseHeaders(200, 0);
		try (OutputStream out = exchange.getResponseBody()) {
			for (int i = 0; i < 600; i++) {
				out.write(' ');
				out.flush();
				Thread.sleep(100);
			}
		}
		catch (InterruptedException | IOException ex) {
			// the poller gave up at its deadline, as it should
		}
	}

	private static void huge(HttpExchange exchange) {
		byte[] chunk = new byte[64 * 1024];
		try {
			exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
			try (OutputStream out = exchange.getResponseBody()) {
				for (int i = 0; i < 50 * 16; i++) {
					out.write(chunk);
				}
			}
		}
		catch (IOException ex) {
			// the poller refused the body, as it should
		}
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

	/** One provider's page, changed by the test. */
	static final class Page {

		private final String name;

		private final Map<String, String> components = new LinkedHashMap<>();

		private final AtomicInteger reads = new AtomicInteger();

		private final List<String> sentEtags = new CopyOnWriteArrayList<>();

		private volatile String incident;

		private volatile String impact = "minor";

		private volatile boolean etags;

		private volatile int version = 1;

		Page(String name, List<String> components) {
			this.name = name;
			components.forEach((c) -> this.components.put(c, "operational"));
		}

		/**
		 * Sets a component's status as Statuspage names it, such as
		 * {@code partial_outage}.
		 */
		synchronized Page set(String component, String status) {
			this.components.put(component, status);
			this.version++;
			return this;
		}

		/** Opens an incident on the first component not operational. */
		synchronized Page incident(String title, String impact) {
			this.incident = title;
			this.impact = impact;
			this.version++;
			return this;
		}

		/** Takes the incident off the page, as a summary does once it is resolved. */
		synchronized Page resolved() {
			this.incident = null;
			this.version++;
			return this;
		}

		/** Answers with an ETag and 304 to a matching If-None-Match. */
		Page withEtags() {
			this.etags = true;
			return this;
		}

		int reads() {
			return this.reads.get();
		}

		/** The If-None-Match of each read, "-" where none was sent. */
		List<String> sentEtags() {
			return List.copyOf(this.sentEtags);
		}

		private String hit(String ifNoneMatch) {
			this.reads.incrementAndGet();
			this.sentEtags.add((ifNoneMatch != null) ? ifNoneMatch : "-");
			return this.etags ? "\"v" + this.version + "\"" : null;
		}

		private synchronized String summary() {
			List<String> components = new ArrayList<>();
			String affected = null;
			int i = 0;
			for (Map.Entry<String, String> c : this.components.entrySet()) {
				String id = "c" + (i++);
				if (affected == null && !c.getValue().equals("operational")) {
					affected = id;
				}
				components.add("{\"id\":\"" + id + "\",\"name\":\"" + c.getKey() + "\",\"status\":\"" + c.getValue()
						+ "\",\"group_id\":null,\"group\":false}");
			}
			String incidents = "";
			if (this.incident != null) {
				String at = Instant.parse("2026-12-03T14:02:00Z").toString();
				incidents = "{\"id\":\"inc-" + this.incident.hashCode() + "\",\"name\":\"" + this.incident
						+ "\",\"status\":\"investigating\",\"impact\":\"" + this.impact + "\",\"created_at\":\"" + at
						+ "\",\"started_at\":\"" + at + "\",\"shortlink\":\"https://stspg.io/x\",\"components\":["
						+ ((affected != null) ? "{\"id\":\"" + affected + "\"}" : "")
						+ "],\"incident_updates\":[{\"status\":\"investigating\",\"body\":\"We are investigating.\","
						+ "\"created_at\":\"" + at + "\"}]}";
			}
			String indicator = (this.incident != null) ? this.impact : "none";
			return "{\"page\":{\"id\":\"" + this.name + "\",\"name\":\"" + this.name
					+ "\"},\"status\":{\"indicator\":\"" + indicator + "\"},\"components\":["
					+ String.join(",", components) + "],\"incidents\":[" + incidents
					+ "],\"scheduled_maintenances\":[]}";
		}

	}

}
