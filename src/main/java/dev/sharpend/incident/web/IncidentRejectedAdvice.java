package dev.sharpend.incident.web;

import jakarta.servlet.http.HttpServletRequest;

import dev.sharpend.system.RequestRejected;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a refusal the incident pages cannot show beside a form (an unknown incident) as a
 * page.
 */
@ControllerAdvice(assignableTypes = { IncidentController.class, IncidentActionsController.class })
class IncidentRejectedAdvice {

	@ExceptionHandler(RequestRejected.class)
	ModelAndView rejected(RequestRejected ex, HttpServletRequest request) {
		ModelAndView view = new ModelAndView("incident/rejected");
		view.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		view.addObject("status", ex.status().value());
		view.addObject("message", ex.getMessage());
		view.setStatus(ex.status());
		return view;
	}

}
