package dev.sharpend.system.web;

import jakarta.servlet.http.HttpServletRequest;

import dev.sharpend.system.RequestRejected;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a rejected request on the pages as a page in the app's layout with the reason,
 * the status it carries and a link back to where the form was, rather than a server
 * error. Form handlers catch the rejections they can show beside a field themselves; the
 * JSON API answers problems instead ({@link ProblemDetailsAdvice} comes first for it).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class RejectedPageAdvice {

	@ExceptionHandler(RequestRejected.class)
	ModelAndView rejected(RequestRejected ex, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		ModelAndView view = new ModelAndView("system/rejected");
		// Model attributes of other advice are not added to exception handler views.
		view.addObject("currentPath", path);
		view.addObject("status", Rejections.status(ex).value());
		view.addObject("message", ex.getMessage());
		view.addObject("back", BackLink.forPath(path));
		view.setStatus(Rejections.status(ex));
		return view;
	}

}
