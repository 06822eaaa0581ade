package org.anju.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in the company's time zone (Asia/Shanghai unless
 * {@code anju.time-zone} says otherwise), so that tests can replace it.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(@Value("${anju.time-zone:Asia/Shanghai}") ZoneId zone) {
		return Clock.system(zone);
	}

}
