package dev.sharpend.system;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A node asks G1 to give idle heap back, but only where the operator left the JVM's
 * defaults, and not at all when the interval is zero.
 */
class IdleMemoryTests {

	private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

	@Test
	void aQuietNodeAsksForPeriodicCollectionsAndAShrinkingHeapUnlessTurnedOff() {
		assumeThat(
				ManagementFactory.getGarbageCollectorMXBeans().stream().anyMatch((gc) -> gc.getName().startsWith("G1")))
			.as("the test JVM runs G1")
			.isTrue();
		assumeThat(this.vm.getVMOption("G1PeriodicGCInterval").getOrigin())
			.as("nobody set the interval on this JVM's command line")
			.isEqualTo(com.sun.management.VMOption.Origin.DEFAULT);
		String interval = value("G1PeriodicGCInterval");
		String maxFree = value("MaxHeapFreeRatio");

		new IdleMemory(Duration.ZERO).returnIdleMemory();
		assertThat(value("G1PeriodicGCInterval")).as("turned off").isEqualTo(interval);
		assertThat(value("MaxHeapFreeRatio")).isEqualTo(maxFree);

		new IdleMemory(Duration.ofSeconds(90)).returnIdleMemory();
		assertThat(value("G1PeriodicGCInterval")).isEqualTo("90000");
		assertThat(Integer.parseInt(value("MaxHeapFreeRatio"))).isLessThanOrEqualTo(30);

		new IdleMemory(Duration.ofSeconds(30)).returnIdleMemory();
		assertThat(value("G1PeriodicGCInterval")).as("a value set before, as by the operator, stays")
			.isEqualTo("90000");
	}

	private String value(String name) {
		return this.vm.getVMOption(name).getValue();
	}

}
