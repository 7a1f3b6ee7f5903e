package dev.sharpend.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on loopback that records what it is sent and answers with the
 * statuses it is told to (then 200).
 */
public final class HookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();

	private HookReceiver(HttpServer server) {
		this.server = server;
	}

	public static HookReceiver start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			HookReceiver receiver = new HookReceiver(server);
			server.createContext("/", receiver::receive);
			server.setExecutor(Executors.newFixedThreadPool(2));
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A URL on this receiver. */
	public String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	/** The next requests get these statuses, in order; after them, 200. */
	public void answerNext(int... statuses) {
		for (int status : statuses) {
			this.answers.add(status);
		}
	}

	public List<Received> received() {
		return List.copyOf(this.received);
	}

	public List<Received> receivedAt(String path) {
		return this.received.stream().filter((r) -> r.path().equals(path)).toList();
	}

	private void receive(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		Map<String, String> headers = exchange.getRequestHeaders()
			.entrySet()
			.stream()
			.collect(Collectors.toMap((e) -> e.getKey().toLowerCase(), (e) -> e.getValue().get(0)));
		this.received.add(new Received(exchange.getRequestURI().getPath(), headers, body));
		Integer status = this.answers.poll();
		exchange.sendResponseHeaders((status != null) ? status : 200, -1);
		exchange.close();
	}

	@Override
	public void close() {
		this.server.stop(0);
		((java.util.concurrent.ExecutorService) this.server.getExecutor()).shutdownNow();
	}

	/**
	 * One request received.
	 *
	 * @param path its path
	 * @param headers its headers, by lower-case name
	 * @param body its body
	 */
	public record Received(String path, Map<String, String> headers, byte[] body) {

		public String header(String name) {
			return this.headers.get(name.toLowerCase());
		}

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

}
