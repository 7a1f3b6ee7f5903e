package dev.sharpend.secret;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.system.SharpendProperties;

import org.springframework.util.StringUtils;

/**
 * Finds the master key: the configured one, else (embedded H2 only) the generated
 * {@code <data-dir>/master.key}, creating it on the very first start.
 */
final class MasterKeys {

	static final String GENERATE_COMMAND = "openssl rand -base64 32";

	static final String FILE_NAME = "master.key";

	private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);

	private MasterKeys() {
	}

	/**
	 * The key to start with.
	 * @param databaseKeyId the key id the database's secrets use, if it has any
	 * @throws MasterKeyProblem if there is no usable key
	 */
	static MasterKey forStart(Setting setting, SharpendProperties sharpend, Optional<String> databaseKeyId) {
		Optional<MasterKey> configured = setting.load();
		if (configured.isPresent()) {
			return configured.get();
		}
		if (sharpend.database().postgres()) {
			throw new MasterKeyProblem("Sharpend uses PostgreSQL but no master key is configured.",
					"Set SHARPEND_MASTER_KEY to the base64 of 32 random bytes (generate one with `" + GENERATE_COMMAND
							+ "`), or SHARPEND_MASTER_KEY_FILE to a file holding it. Keep it out of the database "
							+ "and back it up: stored secrets cannot be read without it.");
		}
		Path file = sharpend.dataDir().resolve(FILE_NAME).toAbsolutePath().normalize();
		if (Files.exists(file)) {
			log.warn("Using the generated master key {}; production should supply its own key "
					+ "(SHARPEND_MASTER_KEY or SHARPEND_MASTER_KEY_FILE)", file);
			return readFile(file, "the generated key file " + file);
		}
		if (databaseKeyId.isPresent()) {
			throw new MasterKeyProblem(
					"The database's secrets are encrypted with master key id " + databaseKeyId.get()
							+ ", but no master key is configured and " + file + " does not exist.",
					"Restore " + file + " from your backup, or set SHARPEND_MASTER_KEY or SHARPEND_MASTER_KEY_FILE "
							+ "to the key with id " + databaseKeyId.get() + ".");
		}
		return generate(file);
	}

	static MasterKey readFile(Path file, String source) {
		try {
			return MasterKey.decode(Files.readString(file, StandardCharsets.US_ASCII), source);
		}
		catch (NoSuchFileException ex) {
			throw unreadable(file, source, "it does not exist");
		}
		catch (AccessDeniedException ex) {
			throw unreadable(file, source, "permission denied");
		}
		catch (IOException ex) {
			throw unreadable(file, source, ex.toString());
		}
	}

	private static MasterKeyProblem unreadable(Path file, String source, String why) {
		return new MasterKeyProblem("Cannot read the master key from " + source + ": " + why + ".",
				"Check the path " + file.toAbsolutePath()
						+ " and that the user running Sharpend may read it; the file holds the base64 of 32 bytes.");
	}

	/**
	 * Creates the key file readable by its owner only. The permissions are given at
	 * creation, so the key is never readable by others, not even for a moment.
	 */
	static MasterKey generate(Path file) {
		byte[] bytes = new byte[MasterKey.LENGTH];
		new SecureRandom().nextBytes(bytes);
		String encoded = Base64.getEncoder().encodeToString(bytes);
		try {
			Files.createDirectories(file.getParent());
			boolean posix = file.getParent().getFileSystem().supportedFileAttributeViews().contains("posix");
			FileAttribute<?>[] ownerOnly = posix
					? new FileAttribute<?>[] {
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
					: new FileAttribute<?>[0];
			try (SeekableByteChannel channel = Files.newByteChannel(file,
					EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly)) {
				channel.write(ByteBuffer.wrap((encoded + "\n").getBytes(StandardCharsets.US_ASCII)));
			}
		}
		catch (FileAlreadyExistsException ex) {
			return readFile(file, "the generated key file " + file);
		}
		catch (IOException ex) {
			throw new MasterKeyProblem("Cannot create the master key file " + file + ": " + ex + ".",
					"Make the data folder writable, or configure a key with SHARPEND_MASTER_KEY (generate one with `"
							+ GENERATE_COMMAND + "`) or SHARPEND_MASTER_KEY_FILE.");
		}
		warnGenerated(file);
		return MasterKey.decode(encoded, "the generated key file " + file);
	}

	private static void warnGenerated(Path file) {
		log.warn("""

				==========================================================================
				 No master key is configured, so Sharpend generated one in
				   {}
				 It encrypts every stored credential (single sign-on client secret, SMTP
				 password, webhook and chat secrets). BACK THIS FILE UP, apart from the
				 database: without it those secrets are lost.
				 Production must supply its own key: set SHARPEND_MASTER_KEY (generate
				 one with `{}`) or SHARPEND_MASTER_KEY_FILE.
				==========================================================================""", file, GENERATE_COMMAND);
	}

	/**
	 * One way of configuring a key: its base64 directly or a file holding it.
	 *
	 * @param value the base64, or empty
	 * @param file the path of a file holding the base64, or empty
	 * @param valueVariable the environment variable for the value, for messages
	 * @param fileVariable the environment variable for the file, for messages
	 */
	record Setting(String value, String file, String valueVariable, String fileVariable) {

		/**
		 * The configured key, or empty when neither is set.
		 * @throws MasterKeyProblem if both are set or the key is unusable
		 */
		Optional<MasterKey> load() {
			boolean hasValue = StringUtils.hasText(this.value);
			boolean hasFile = StringUtils.hasText(this.file);
			if (hasValue && hasFile) {
				throw new MasterKeyProblem("Both " + this.valueVariable + " and " + this.fileVariable + " are set.",
						"Set only one of them.");
			}
			if (hasValue) {
				return Optional.of(MasterKey.decode(this.value, this.valueVariable));
			}
			if (hasFile) {
				Path path = Path.of(this.file.strip());
				return Optional.of(readFile(path, this.fileVariable + " (" + path.toAbsolutePath() + ")"));
			}
			return Optional.empty();
		}

		String names() {
			return this.valueVariable + " or " + this.fileVariable;
		}

	}

}
