package dev.sharpend.alert;

/**
 * What intake needs to know about a stored alert to apply a delivery to it, read without
 * its labels, annotations and payload.
 *
 * @param id the alert's id
 * @param fingerprint its identity within the integration
 * @param ruleKey the alert rule it belongs to
 * @param status firing or resolved
 * @param contentHash the hash of its content when last written, or null
 * @param groupId its alert group, or null
 * @param suppressedBy what suppressed it, or null
 */
record AlertState(long id, String fingerprint, String ruleKey, AlertStatus status, String contentHash, Long groupId,
		String suppressedBy) {

	/** Whether the delivered alert differs from this one in anything its source sets. */
	boolean changedBy(IncomingAlert in) {
		return changed(this.contentHash, in);
	}

	static boolean changed(String storedHash, IncomingAlert in) {
		return storedHash == null || !storedHash.equals(in.contentHash());
	}

}
