package dev.sharpend.system.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the path it was requested at, for the navigation's current item. */
@ControllerAdvice
class CurrentPathAdvice {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
