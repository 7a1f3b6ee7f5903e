package dev.sharpend.system.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new RouteAccessInterceptor());
	}

	/**
	 * Ahead of the security filters, which read the database too (API tokens, sessions).
	 */
	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * After the character encoding is set (so parameters decode as UTF-8) and ahead of
	 * the security filters, the first to read parameters.
	 */
	@Bean
	FilterRegistrationBean<RequestParameterFilter> requestParameterFilter() {
		FilterRegistrationBean<RequestParameterFilter> registration = new FilterRegistrationBean<>(
				new RequestParameterFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
