package dev.sharpend.system.web;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new RouteAccessInterceptor());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PageWindowArgumentResolver());
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
	 * Right after the public read path (which takes no bodies), ahead of everything that
	 * may read a body: the security filters read forms for their CSRF token.
	 */
	@Bean
	FilterRegistrationBean<RequestBodyGuard> requestBodyGuard(@Value("${server.tomcat.threads.max:200}") int threads,
			@Value("${sharpend.request.body-readers:}") Integer readers,
			@Value("${sharpend.request.body-timeout:20s}") Duration timeout) {
		// By default a quarter of the threads stay free for requests without a body.
		int allowed = (readers != null) ? readers : Math.max(1, threads * 3 / 4);
		FilterRegistrationBean<RequestBodyGuard> registration = new FilterRegistrationBean<>(
				new RequestBodyGuard(allowed, timeout));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

	/**
	 * On the engine, outermost: the connection is closed only after an error page, which
	 * the host renders once the application has answered, was written.
	 */
	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> unreadBodyValve() {
		return (factory) -> factory.addEngineValves(new UnreadBodyValve());
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
