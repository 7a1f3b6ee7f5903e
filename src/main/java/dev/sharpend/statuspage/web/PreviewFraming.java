package dev.sharpend.statuspage.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Lets the editor frame its preview of the public page. Every other response keeps
 * {@code X-Frame-Options: DENY}; the security headers are written after the controller,
 * so this filter, outside the security chain, turns DENY into SAMEORIGIN for the preview
 * route alone (its CSP says {@code frame-ancestors 'self'} for browsers that read that
 * instead).
 */
@Configuration(proxyBeanMethods = false)
class PreviewFraming {

	private static final String HEADER = "X-Frame-Options";

	@Bean
	FilterRegistrationBean<Filter> previewFramingFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(PreviewFraming::filter);
		registration.addUrlPatterns("/status-pages/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static void filter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		String path = ((jakarta.servlet.http.HttpServletRequest) request).getRequestURI();
		if (!path.endsWith("/preview")) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {

			@Override
			public void setHeader(String name, String value) {
				super.setHeader(name, HEADER.equalsIgnoreCase(name) ? "SAMEORIGIN" : value);
			}

			@Override
			public void addHeader(String name, String value) {
				super.addHeader(name, HEADER.equalsIgnoreCase(name) ? "SAMEORIGIN" : value);
			}

		});
	}

}
