package dev.sharpend.notify;

import java.time.Instant;

/**
 * The SMTP server e-mail goes through.
 *
 * @param host server name
 * @param port server port
 * @param username user name, or null
 * @param password password, or null
 * @param from sender address
 * @param starttls whether STARTTLS is required
 * @param source where these settings come from ({@code database} or {@code environment})
 * @param updatedAt when they were saved in the database, or null
 */
public record SmtpSettings(String host, int port, String username, String password, String from, boolean starttls,
		String source, Instant updatedAt) {

	/** Whether e-mail can be sent. */
	public boolean configured() {
		return this.host != null && !this.host.isBlank();
	}

	@Override
	public String toString() {
		return "SmtpSettings[" + this.host + ":" + this.port + ", from " + this.from + "]";
	}

}
