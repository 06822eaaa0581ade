package org.anju.sla;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the deadline scan every {@code anju.sla.scan-interval} (default 30 s). ShedLock's lock row
 * in the database lets one node scan at a time when several run against one PostgreSQL; the
 * scanner's own version checks make each firing exactly-once even without it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "anju.sla.scheduler.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Component
	static class ScheduledScan {

		private final DeadlineScanner scanner;

		ScheduledScan(DeadlineScanner scanner) {
			this.scanner = scanner;
		}

		@Scheduled(fixedDelayString = "${anju.sla.scan-interval:PT30S}", initialDelayString = "${anju.sla.scan-interval:PT30S}")
		@SchedulerLock(name = "sla-deadline-scan", lockAtMostFor = "PT5M")
		void scan() {
			scanner.scan();
		}

	}

}
