package dev.sharpend;

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

	public static void main(String[] args) {
		SpringApplication.run(Sharpend.class, args);
	}

}
