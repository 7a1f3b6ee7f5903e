package dev.sharpend.system;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Settings that every module shares: where data lives, which database to use and the
 * public address of this installation.
 *
 * @param dataDir folder for the embedded database, the generated master key and indexes
 * @param baseUrl public URL used in links and e-mails; empty means
 * {@code http://localhost:<port>}
 * @param database the database connection; an empty URL means the embedded H2 database
 * @param cookieSecure whether the session cookie is marked {@code Secure}; defaults to
 * true when the base URL is https
 * @param metricsScrapeToken a token that may read {@code /actuator/prometheus} besides
 * API tokens with {@code settings:admin}; empty disables it
 */
@ConfigurationProperties("sharpend")
public record SharpendProperties(Path dataDir, String baseUrl, Database database, Boolean cookieSecure,
		String metricsScrapeToken) {

	public SharpendProperties {
		dataDir = (dataDir != null) ? dataDir : Path.of("./data");
		baseUrl = (baseUrl != null) ? baseUrl.strip() : "";
		database = (database != null) ? database : new Database(null, null, null, null);
	}

	/**
	 * The database connection.
	 *
	 * @param url a {@code jdbc:postgresql:} URL, or empty for the embedded H2 file
	 * database in the data folder
	 * @param username user name for PostgreSQL
	 * @param password password for PostgreSQL
	 * @param poolSize the most connections this node opens; null means 10 (H2) or 20
	 * (PostgreSQL)
	 */
	public record Database(String url, String username, String password, Integer poolSize) {

		/** Whether the configured database is PostgreSQL rather than embedded H2. */
		public boolean postgres() {
			return StringUtils.hasText(this.url) && this.url.startsWith("jdbc:postgresql:");
		}

	}

	/** Whether the session cookie is sent only over HTTPS. */
	public boolean secureCookies() {
		if (this.cookieSecure != null) {
			return this.cookieSecure;
		}
		return this.baseUrl.startsWith("https:");
	}

	/** The public base URL without a trailing slash, falling back to localhost. */
	public String publicUrl(int localPort) {
		if (!StringUtils.hasText(this.baseUrl)) {
			return "http://localhost:" + localPort;
		}
		String url = this.baseUrl;
		while (url.endsWith("/")) {
			url = url.substring(0, url.length() - 1);
		}
		return URI.create(url).toString();
	}

}
