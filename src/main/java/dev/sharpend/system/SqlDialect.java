package dev.sharpend.system;

/**
 * The SQL dialect of the configured database. Modules choose their per-dialect
 * implementation of a persistence concern from it, never branching in shared code.
 */
public enum SqlDialect {

	/** The embedded H2 database, in PostgreSQL compatibility mode. */
	H2,

	/** PostgreSQL 15 or later. */
	POSTGRESQL

}
