package dev.sharpend.system;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Switches console logging to one JSON object per line when
 * {@code SHARPEND_LOG_FORMAT=json}, for log shippers. Runs before logging starts.
 */
class LogFormat implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String format = environment.getProperty("sharpend.log-format", "text");
		if ("json".equalsIgnoreCase(format.strip())) {
			environment.getPropertySources()
				.addFirst(new MapPropertySource("sharpendLogFormat",
						Map.of("logging.structured.format.console", "logstash")));
		}
	}

}
