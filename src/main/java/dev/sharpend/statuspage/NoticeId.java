package dev.sharpend.statuspage;

import dev.sharpend.system.ShortId;

import org.springframework.modulith.NamedInterface;

/** Identifies a status incident or a maintenance. */
@NamedInterface("api")
public record NoticeId(String value) {

	public NoticeId {
		if (value == null || !value.matches("[a-z0-9]{1,16}")) {
			throw new IllegalArgumentException("not an id: " + value);
		}
	}

	static NoticeId next() {
		return new NoticeId(ShortId.next());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
