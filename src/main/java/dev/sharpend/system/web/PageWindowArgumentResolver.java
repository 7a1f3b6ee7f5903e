package dev.sharpend.system.web;

import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Paged;
import dev.sharpend.system.RequestRejected;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads a {@link Paged} list's {@code page} and {@code size} into its window. */
class PageWindowArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(Paged.class) && parameter.getParameterType() == PageWindow.class;
	}

	@Override
	public PageWindow resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Paged paged = parameter.getParameterAnnotation(Paged.class);
		int page = number(webRequest, "page", 0);
		int size = number(webRequest, "size", paged.size());
		return PageWindow.of(page, size, paged.maxSize());
	}

	private static int number(NativeWebRequest request, String name, int fallback) {
		String value = request.getParameter(name);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.invalid(name, name + " must be a whole number.");
		}
	}

}
