package dev.sharpend.alert;

import dev.sharpend.system.WireCode;

/** Whether a heartbeat's signal keeps coming. */
public enum HeartbeatState implements WireCode {

	/** No signal yet, and not yet overdue: counted from its creation. */
	WAITING("waiting"),

	/** The last signal came in time. */
	HEALTHY("healthy"),

	/** No signal in time: its alert group is open until one comes. */
	SILENT("silent");

	private final String code;

	HeartbeatState(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
