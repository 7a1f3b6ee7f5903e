package dev.sharpend.alert.web;

import jakarta.servlet.http.HttpServletRequest;

import dev.sharpend.system.RequestRejected;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a rejection on the alert pages (an unknown group, a bad filter) as a page in the
 * app's layout rather than a server error.
 */
@ControllerAdvice(assignableTypes = { AlertGroupsController.class, AlertListController.class,
		IntegrationsController.class, SilencesController.class })
class AlertPagesRejectedAdvice {

	@ExceptionHandler(RequestRejected.class)
	ModelAndView rejected(RequestRejected ex, HttpServletRequest request) {
		ModelAndView view = new ModelAndView("alert/rejected");
		// Model attributes of other advice are not added to exception handler views.
		view.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		view.addObject("status", ex.status().value());
		view.addObject("message", ex.getMessage());
		view.setStatus(ex.status());
		return view;
	}

}
