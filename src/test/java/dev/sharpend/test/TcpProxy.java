package dev.sharpend.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy between Sharpend and its database, so a test can cut the database off (and
 * bring it back) without stopping the server other tests use. Cutting closes the
 * listening socket and every open connection, as a stopped database would.
 */
public final class TcpProxy implements AutoCloseable {

	private final String upstreamHost;

	private final int upstreamPort;

	private final List<Socket> open = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	private int port;

	public TcpProxy(String upstreamHost, int upstreamPort) {
		this.upstreamHost = upstreamHost;
		this.upstreamPort = upstreamPort;
		restore();
	}

	/** The local port to connect to instead of the database's. */
	public int port() {
		return this.port;
	}

	/** Refuses new connections and drops the open ones. */
	public synchronized void cut() {
		closeQuietly(this.server);
		this.server = null;
		this.open.forEach(TcpProxy::closeQuietly);
		this.open.clear();
	}

	/** Accepts connections again, on the same port. */
	public synchronized void restore() {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
			this.port = socket.getLocalPort();
			this.server = socket;
			Thread acceptor = new Thread(() -> accept(socket), "tcp-proxy-accept");
			acceptor.setDaemon(true);
			acceptor.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot listen on port " + this.port, ex);
		}
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Socket upstream = new Socket(this.upstreamHost, this.upstreamPort);
				this.open.add(client);
				this.open.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException ex) {
				// closed by cut(), or the database refused: the client sees a dropped
				// connection
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				in.transferTo(out);
			}
			catch (IOException ex) {
				// connection closed
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "tcp-proxy-pump");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() {
		cut();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable != null) {
			try {
				closeable.close();
			}
			catch (Exception ex) {
				// closing anyway
			}
		}
	}

}
