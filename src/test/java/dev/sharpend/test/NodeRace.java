package dev.sharpend.test;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Two nodes on one database doing the same scheduled work at the same moment, each from
 * two threads, round after round: what must happen once across a cluster is tested where
 * it is most likely to happen twice.
 */
public final class NodeRace {

	private NodeRace() {
	}

	/**
	 * @param rounds how many times all four runs start together
	 * @param work the node's run, e.g. its poller's {@code runDue()}; a failure fails the
	 * race
	 */
	public static void run(SharpendNode a, SharpendNode b, int rounds, Consumer<SharpendNode> work) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < rounds; round++) {
				List<Callable<Void>> runs = List.of(on(a, work), on(b, work), on(a, work), on(b, work));
				for (Future<Void> run : pool.invokeAll(runs)) {
					run.get();
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Callable<Void> on(SharpendNode node, Consumer<SharpendNode> work) {
		return () -> {
			work.accept(node);
			return null;
		};
	}

}
