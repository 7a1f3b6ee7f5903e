package dev.sharpend.system.web;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableFilterTests {

	@Test
	void aFailedRollbackAfterALostConnectionCountsAsTheDatabaseBeingDown() {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(new DataAccessResourceFailureException("I/O error sending to the backend"));

		assertThat(DatabaseUnavailableFilter.databaseUnreachable(rollback)).isTrue();
	}

	@Test
	void aFailedRollbackAfterAnOrdinaryErrorIsNotAnOutage() {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(new IllegalStateException("a bug"));

		assertThat(DatabaseUnavailableFilter.databaseUnreachable(rollback)).isFalse();
		assertThat(DatabaseUnavailableFilter.databaseUnreachable(new IllegalStateException("a bug"))).isFalse();
	}

}
