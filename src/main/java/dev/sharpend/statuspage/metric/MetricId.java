package dev.sharpend.statuspage.metric;

import dev.sharpend.system.ShortId;

/** Identifies a metric of a status page. */
public record MetricId(String value) {

	public MetricId {
		if (value == null || !value.matches("[a-z0-9]{1,16}")) {
			throw new IllegalArgumentException("not an id: " + value);
		}
	}

	static MetricId next() {
		return new MetricId(ShortId.next());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
