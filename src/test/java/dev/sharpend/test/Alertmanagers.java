package dev.sharpend.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real Alertmanager from the machine's packages, routing every alert, grouped by alert
 * name, to one webhook (a Sharpend integration's URL).
 */
public final class Alertmanagers {

	private static final Duration START = Duration.ofSeconds(60);

	private Alertmanagers() {
	}

	/**
	 * Starts Alertmanager in the folder, listening on {@code port}, and waits until it is
	 * ready.
	 * @param groupWait how long it holds a new group's first notification
	 * @param sendResolved whether it tells the webhook when alerts resolve
	 */
	public static LocalProcess start(Path folder, int port, String webhook, Duration groupWait, boolean sendResolved) {
		return start(folder, port, webhook, groupWait, sendResolved, Duration.ofHours(1));
	}

	/**
	 * Starts Alertmanager as {@link #start(Path, int, String, Duration, boolean)} does,
	 * sending each group again every {@code repeatInterval} while it fires (as an
	 * always-firing heartbeat alert is routed).
	 */
	public static LocalProcess start(Path folder, int port, String webhook, Duration groupWait, boolean sendResolved,
			Duration repeatInterval) {
		try {
			Files.writeString(folder.resolve("alertmanager.yml"), """
					route:
					  receiver: sharpend
					  group_by: [alertname]
					  group_wait: %dms
					  group_interval: 1s
					  repeat_interval: %dms
					receivers:
					  - name: sharpend
					    webhook_configs:
					      - url: %s
					        send_resolved: %s
					""".formatted(groupWait.toMillis(), repeatInterval.toMillis(), webhook, sendResolved));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Launcher.program("prometheus-alertmanager", "prometheus-alertmanager")
			.arguments("--config.file=alertmanager.yml", "--storage.path=am-data",
					"--web.listen-address=127.0.0.1:" + port, "--cluster.listen-address=")
			.start(folder)
			.awaitHttp("http://127.0.0.1:" + port + "/-/ready", START);
	}

}
