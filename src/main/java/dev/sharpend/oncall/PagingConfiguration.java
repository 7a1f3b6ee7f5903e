package dev.sharpend.oncall;

import dev.sharpend.system.SqlDialect;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
class PagingConfiguration {

	@Bean
	PagerLocks pagerLocks(SqlDialect dialect, JdbcClient jdbc) {
		return new PagerLocks(jdbc, switch (dialect) {
			case POSTGRESQL -> "insert into oncall_pager (user_id) values (:user) on conflict do nothing";
			case H2 -> "merge into oncall_pager (user_id) key (user_id) values (:user)";
		});
	}

}
