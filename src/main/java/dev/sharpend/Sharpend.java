package dev.sharpend;

import java.util.Arrays;

import dev.sharpend.secret.RotateMasterKeyCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Sharpend: status pages, alert intake, incident response and blameless reviews in one
 * self-hosted application.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class Sharpend {

	/**
	 * Runs Sharpend, or with {@code rotate-master-key} as the first argument, only that
	 * command (see {@link RotateMasterKeyCommand}).
	 */
	public static void main(String[] args) {
		if (args.length > 0 && RotateMasterKeyCommand.NAME.equals(args[0])) {
			System.exit(RotateMasterKeyCommand.run(Arrays.copyOfRange(args, 1, args.length)));
		}
		SpringApplication.run(Sharpend.class, args);
	}

}
