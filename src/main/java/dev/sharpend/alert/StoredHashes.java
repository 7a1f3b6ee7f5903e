package dev.sharpend.alert;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads the content hashes of an integration's stored alerts: the only query of a
 * re-sent, unchanged delivery, so it runs on every such request and its shape per dialect
 * matters. One implementation per SQL dialect.
 */
interface StoredHashes {

	/** The stored alerts of the integration with these fingerprints, by fingerprint. */
	Map<String, StoredHash> find(UUID integration, List<String> fingerprints);

	/**
	 * @param id the alert's id
	 * @param contentHash the hash of its content when last written, or null
	 */
	record StoredHash(long id, String contentHash) {

		/**
		 * Whether the delivered alert differs from this one in anything its source sets.
		 */
		boolean changedBy(IncomingAlert in) {
			return AlertState.changed(this.contentHash, in);
		}

	}

}
