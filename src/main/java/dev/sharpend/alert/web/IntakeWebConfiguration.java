package dev.sharpend.alert.web;

import dev.sharpend.alert.IntakeMetrics;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class IntakeWebConfiguration {

	/** Early, so it sees the answers of the filters that refuse a delivery too. */
	@Bean
	FilterRegistrationBean<IntakeOutcomeFilter> intakeOutcomeFilter(IntakeMetrics metrics) {
		FilterRegistrationBean<IntakeOutcomeFilter> registration = new FilterRegistrationBean<>(
				new IntakeOutcomeFilter(metrics));
		registration.addUrlPatterns("/hooks/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
