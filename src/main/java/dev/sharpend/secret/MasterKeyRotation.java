package dev.sharpend.secret;

import java.util.List;

import javax.sql.DataSource;

import dev.sharpend.secret.SecretRepository.StoredSecret;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every secret and the key check from the old master key to the new one in one
 * transaction: either all data keys are re-wrapped or none is. Ciphertexts are not
 * touched.
 */
class MasterKeyRotation {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final SecretProperties properties;

	MasterKeyRotation(DataSource dataSource, SecretProperties properties) {
		this.jdbc = JdbcClient.create(dataSource);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.properties = properties;
	}

	/**
	 * Rotates, or does nothing when the database already uses the new key.
	 * @throws MasterKeyProblem if a key is missing or the old key is not the database's
	 */
	Result rotate() {
		MasterKey to = this.properties.current()
			.load()
			.orElseThrow(() -> missing("new", "SHARPEND_MASTER_KEY or SHARPEND_MASTER_KEY_FILE"));
		MasterKey from = this.properties.old()
			.load()
			.orElseThrow(() -> missing("old", "SHARPEND_OLD_MASTER_KEY or SHARPEND_OLD_MASTER_KEY_FILE"));
		if (from.id().equals(to.id())) {
			throw new MasterKeyProblem("The old and the new master key are the same key (id " + to.id() + ").",
					"Generate a new key with `" + MasterKeys.GENERATE_COMMAND + "` and set it as the new key.");
		}
		return this.transaction.execute((status) -> rotate(from, to));
	}

	private Result rotate(MasterKey from, MasterKey to) {
		KeyCheck check = new KeyCheck(this.jdbc);
		Envelope.Sealed stored = check.find()
			.orElseThrow(() -> new MasterKeyProblem("This database has no master key check, so it has no secrets yet.",
					"Check that SHARPEND_DATA_DIR or SHARPEND_DATABASE_URL name the database Sharpend runs with; "
							+ "a database Sharpend has never started on needs no rotation."));
		if (stored.keyId().equals(to.id())) {
			return new Result(0, from.id(), to.id(), true);
		}
		if (!stored.keyId().equals(from.id())) {
			throw new MasterKeyProblem(
					"The old master key from " + from.source() + " has id " + from.id()
							+ ", but this database's secrets are encrypted with the key with id " + stored.keyId()
							+ ". Nothing was changed.",
					"Set SHARPEND_OLD_MASTER_KEY or SHARPEND_OLD_MASTER_KEY_FILE to the key Sharpend runs with now "
							+ "(id " + stored.keyId() + ").");
		}
		KeyCheck.verify(stored, from);
		SecretRepository secrets = new SecretRepository(this.jdbc);
		List<StoredSecret> all = secrets.findAllForUpdate();
		for (StoredSecret secret : all) {
			secrets.rewrap(secret.id(), from.id(), rewrap(secret, from, to));
		}
		check.replace(from.id(), Envelope.rewrap(stored, KeyCheck.ID, from, to));
		return new Result(all.size(), from.id(), to.id(), false);
	}

	private static Envelope.Sealed rewrap(StoredSecret secret, MasterKey from, MasterKey to) {
		try {
			return Envelope.rewrap(secret.sealed(), secret.id(), from, to);
		}
		catch (SecretUnreadable ex) {
			throw new MasterKeyProblem(
					"Secret " + secret.id() + " (" + secret.purpose() + ") cannot be re-wrapped: " + ex.reason()
							+ ". Nothing was changed.",
					"Restore that secret from a backup, or delete its row and enter the credential again.");
		}
	}

	private static MasterKeyProblem missing(String which, String variables) {
		return new MasterKeyProblem("No " + which + " master key is given.",
				"Set the new key in SHARPEND_MASTER_KEY or SHARPEND_MASTER_KEY_FILE and the key Sharpend runs with "
						+ "now in SHARPEND_OLD_MASTER_KEY or SHARPEND_OLD_MASTER_KEY_FILE (missing: " + variables
						+ ").");
	}

	/**
	 * What a rotation did.
	 *
	 * @param rewrapped how many secrets now use the new key
	 * @param fromKeyId the old key's id
	 * @param toKeyId the new key's id
	 * @param alreadyDone whether the database used the new key before
	 */
	record Result(int rewrapped, String fromKeyId, String toKeyId, boolean alreadyDone) {
	}

}
