package dev.sharpend.system;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives memory a quiet node does not use back to the operating system. Starting up leaves
 * the heap grown well past what an idle node keeps live, and the JVM by default keeps it
 * committed for good. Once ready, a node asks G1 for a collection whenever none ran for
 * {@code sharpend.memory.idle-return-interval} (JEP 346) and to shrink the heap down to
 * 30 % free space after it. Under load nothing changes: collections run anyway and the
 * heap grows as it needs to, up to {@code -Xmx}.
 * <p>
 * Only settings the operator left at the JVM's defaults are changed; a flag given on the
 * command line wins.
 */
@Component
class IdleMemory {

	private static final Logger log = LoggerFactory.getLogger(IdleMemory.class);

	private final Duration interval;

	IdleMemory(@Value("${sharpend.memory.idle-return-interval:1m}") Duration interval) {
		this.interval = interval;
	}

	@EventListener(ApplicationReadyEvent.class)
	void returnIdleMemory() {
		if (this.interval.isZero() || this.interval.isNegative()) {
			return;
		}
		HotSpotDiagnosticMXBean vm;
		try {
			vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
		}
		catch (RuntimeException ex) {
			return;
		}
		if (vm == null || !usesG1()) {
			return;
		}
		// Lower bound before upper: the JVM refuses a minimum above the maximum.
		setIfDefault(vm, "MinHeapFreeRatio", "10");
		setIfDefault(vm, "MaxHeapFreeRatio", "30");
		setIfDefault(vm, "G1PeriodicGCInterval", Long.toString(this.interval.toMillis()));
	}

	private static boolean usesG1() {
		List<java.lang.management.GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
		return collectors.stream().anyMatch((gc) -> gc.getName().startsWith("G1"));
	}

	private static void setIfDefault(HotSpotDiagnosticMXBean vm, String name, String value) {
		try {
			VMOption option = vm.getVMOption(name);
			if (option.getOrigin() == VMOption.Origin.DEFAULT && option.isWriteable()) {
				vm.setVMOption(name, value);
			}
		}
		catch (IllegalArgumentException ex) {
			log.debug("Could not set {} to {}: {}", name, value, ex.getMessage());
		}
	}

}
