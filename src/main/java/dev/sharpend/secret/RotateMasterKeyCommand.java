package dev.sharpend.secret;

import java.io.PrintStream;

import javax.sql.DataSource;

import dev.sharpend.system.DatabaseConfiguration;
import dev.sharpend.system.SharpendProperties;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.NamedInterface;

/**
 * {@code java -jar sharpend.jar rotate-master-key}: re-wraps every secret's data key from
 * the old master key ({@code SHARPEND_OLD_MASTER_KEY} or
 * {@code SHARPEND_OLD_MASTER_KEY_FILE}) to the new one ({@code SHARPEND_MASTER_KEY} or
 * {@code SHARPEND_MASTER_KEY_FILE}) in one transaction, with Sharpend stopped. It reads
 * the same settings as the server (data folder, database) and starts nothing else: no web
 * server, no migrations, no scheduled work.
 */
@NamedInterface("api")
public final class RotateMasterKeyCommand {

	/** The first program argument that selects this command. */
	public static final String NAME = "rotate-master-key";

	private RotateMasterKeyCommand() {
	}

	/**
	 * Runs the rotation and reports the outcome on standard output (or the problem on
	 * standard error).
	 * @param args further arguments, such as {@code --sharpend.data-dir=...}
	 * @return the process exit code: 0 when every secret uses the new key, 1 otherwise
	 */
	public static int run(String... args) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Rotation.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties("logging.level.root=warn")
			.run(args)) {
			MasterKeyRotation.Result result = context.getBean(MasterKeyRotation.class).rotate();
			report(result, System.out);
			return 0;
		}
		catch (MasterKeyProblem ex) {
			System.err.println("Master key rotation failed: " + ex.getMessage());
			System.err.println(ex.action());
			return 1;
		}
		catch (RuntimeException ex) {
			System.err.println("Master key rotation failed, nothing was changed: " + ex.getMessage());
			System.err.println("Stop Sharpend before rotating, and run the command with the server's "
					+ "SHARPEND_DATA_DIR or SHARPEND_DATABASE_* settings.");
			return 1;
		}
	}

	private static void report(MasterKeyRotation.Result result, PrintStream out) {
		if (result.alreadyDone()) {
			out.println("The database already uses the new master key (id " + result.toKeyId() + "); nothing to do.");
			return;
		}
		out.println("Re-wrapped " + result.rewrapped() + " secret(s) from master key id " + result.fromKeyId() + " to "
				+ result.toKeyId() + ".");
		out.println("Start Sharpend with the new key from now on. Keep the old key as long as you keep "
				+ "database backups made before this rotation.");
	}

	/**
	 * Only what the rotation needs. Not a {@code @Configuration}, so the application's
	 * component scan does not pick it up.
	 */
	@EnableConfigurationProperties({ SharpendProperties.class, SecretProperties.class })
	@Import(DatabaseConfiguration.class)
	static class Rotation {

		@Bean
		MasterKeyRotation masterKeyRotation(DataSource dataSource, SecretProperties properties) {
			return new MasterKeyRotation(dataSource, properties);
		}

	}

}
