package dev.sharpend.oncall;

import dev.sharpend.identity.UserId;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Serialises the notifications of one person across threads and nodes, so the per-minute
 * cap is counted right: a row per person, added when absent and locked until the caller's
 * transaction ends. The dialects differ only in how a row is added when absent
 * ({@link PagingConfiguration} picks the statement).
 */
class PagerLocks {

	private final JdbcClient jdbc;

	private final String addIfAbsent;

	/**
	 * @param addIfAbsent a statement adding the row for {@code :user} unless it exists
	 */
	PagerLocks(JdbcClient jdbc, String addIfAbsent) {
		this.jdbc = jdbc;
		this.addIfAbsent = addIfAbsent;
	}

	void lock(UserId person) {
		this.jdbc.sql(this.addIfAbsent).param("user", person.value()).update();
		this.jdbc.sql("select user_id from oncall_pager where user_id = :user for update")
			.param("user", person.value())
			.query()
			.listOfRows();
	}

}
