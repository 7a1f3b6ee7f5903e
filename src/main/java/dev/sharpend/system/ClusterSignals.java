package dev.sharpend.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the other nodes of a cluster at once that something changed, so they refresh what
 * they keep in memory without waiting for their next poll.
 * <p>
 * On PostgreSQL a signal is a {@code NOTIFY} sent in the caller's transaction, so the
 * other nodes hear it when, and only if, that transaction commits; each node
 * {@code LISTEN}s on one connection of its own, opened outside the pool so it never takes
 * a slot from requests. The embedded H2 database serves a single node, so there a signal
 * goes nowhere.
 * <p>
 * A signal is a shortcut, never the only way a change travels: every listener keeps its
 * poll, which catches whatever a lost connection missed. After the listening connection
 * was lost and opened again, every handler is called once with a {@code null} payload,
 * meaning "you may have missed something".
 */
@Component
public class ClusterSignals implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);

	/** Channel names go into LISTEN unquoted, so only these characters are allowed. */
	private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");

	/**
	 * How long one wait for notifications lasts before the loop checks it should stop.
	 */
	private static final int WAIT_MILLIS = 1000;

	/** How often a quiet listening connection is checked with a query. */
	private static final long CHECK_MILLIS = 15_000;

	private static final long MAX_BACKOFF_MILLIS = 30_000;

	private final JdbcClient jdbc;

	private final @Nullable HikariDataSource dataSource;

	private final boolean active;

	private final Map<String, List<Consumer<@Nullable String>>> handlers = new ConcurrentHashMap<>();

	private volatile @Nullable Thread thread;

	private volatile boolean running;

	private volatile boolean listening;

	ClusterSignals(JdbcClient jdbc, SqlDialect dialect, javax.sql.DataSource dataSource,
			@Value("${sharpend.cluster.signals:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.dataSource = (dataSource instanceof HikariDataSource hikari) ? hikari : null;
		this.active = enabled && dialect == SqlDialect.POSTGRESQL && this.dataSource != null;
	}

	/**
	 * Signals a change to the other nodes once the caller's transaction commits (at once
	 * outside a transaction).
	 * @param channel a lower-case name, as given to {@link #listen}
	 * @param payload what changed, short (PostgreSQL allows under 8000 bytes)
	 */
	public void send(String channel, String payload) {
		check(channel);
		if (!this.active) {
			return;
		}
		this.jdbc.sql("select pg_notify(:channel, :payload)")
			.param("channel", channel)
			.param("payload", payload)
			.query((java.sql.ResultSet rs) -> {
			});
	}

	/**
	 * Calls the handler with each signal's payload sent on the channel by any node,
	 * including this one. Handlers run on the listening thread: they must hand long work
	 * to a thread of their own (a {@link WakeUp}).
	 */
	public void listen(String channel, Consumer<@Nullable String> handler) {
		check(channel);
		this.handlers.computeIfAbsent(channel, (c) -> new CopyOnWriteArrayList<>()).add(handler);
	}

	/** Whether signals travel between nodes now (false on H2, or while reconnecting). */
	public boolean listening() {
		return this.listening;
	}

	@Override
	public void start() {
		if (!this.active || this.running) {
			return;
		}
		this.running = true;
		Thread listener = new Thread(this::run, "cluster-signals");
		listener.setDaemon(true);
		this.thread = listener;
		listener.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread listener = this.thread;
		if (listener != null) {
			listener.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void run() {
		long backoff = 500;
		boolean lostBefore = false;
		while (this.running) {
			try (Connection connection = open()) {
				PGConnection pg = connection.unwrap(PGConnection.class);
				Set<String> subscribed = new HashSet<>();
				subscribe(connection, subscribed);
				this.listening = true;
				if (lostBefore) {
					log.info("Listening for changes from other nodes again");
					this.handlers.forEach((channel, list) -> dispatch(channel, null));
				}
				backoff = 500;
				long checked = System.currentTimeMillis();
				while (this.running) {
					PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							dispatch(notification.getName(), notification.getParameter());
						}
					}
					subscribe(connection, subscribed);
					if (System.currentTimeMillis() - checked > CHECK_MILLIS) {
						// A server that vanished without closing the socket is only
						// noticed by writing to it.
						try (Statement statement = connection.createStatement()) {
							statement.execute("select 1");
						}
						checked = System.currentTimeMillis();
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				this.listening = false;
				if (!this.running) {
					return;
				}
				if (!lostBefore) {
					log.warn("Lost the connection that hears other nodes' changes ({}); they are still seen by polling",
							ex.getMessage());
				}
				lostBefore = true;
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
				backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
			}
		}
		this.listening = false;
	}

	private Connection open() throws SQLException {
		HikariDataSource pool = this.dataSource;
		Properties properties = new Properties();
		properties.putAll(pool.getDataSourceProperties());
		if (pool.getUsername() != null) {
			properties.setProperty("user", pool.getUsername());
		}
		if (pool.getPassword() != null) {
			properties.setProperty("password", pool.getPassword());
		}
		properties.setProperty("ApplicationName", "sharpend-cluster-signals");
		properties.setProperty("connectTimeout", "5");
		Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), properties);
		connection.setAutoCommit(true);
		return connection;
	}

	private void subscribe(Connection connection, Set<String> subscribed) throws SQLException {
		for (String channel : this.handlers.keySet()) {
			if (subscribed.add(channel)) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + channel);
				}
			}
		}
	}

	private void dispatch(String channel, @Nullable String payload) {
		for (Consumer<@Nullable String> handler : this.handlers.getOrDefault(channel, List.of())) {
			try {
				handler.accept(payload);
			}
			catch (RuntimeException ex) {
				log.warn("A handler of the change signal '{}' failed: {}", channel, ex.getMessage());
			}
		}
	}

	private static void check(String channel) {
		if (!CHANNEL.matcher(channel).matches()) {
			throw new IllegalArgumentException("Not a signal channel name: " + channel);
		}
	}

}
