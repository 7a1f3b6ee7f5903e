package dev.sharpend.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import dev.sharpend.system.RequestRejected;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a rejected request on the identity pages as a page in the app's layout with the
 * reason and the status it carries, rather than a server error. Form handlers catch the
 * rejections they can show beside a field themselves.
 */
@ControllerAdvice(assignableTypes = { AccountController.class, UsersController.class, RolesController.class,
		InvitationController.class })
class RejectedRequestAdvice {

	@ExceptionHandler(RequestRejected.class)
	ModelAndView rejected(RequestRejected ex, HttpServletRequest request) {
		ModelAndView view = new ModelAndView("identity/rejected");
		// Model attributes of other advice are not added to exception handler views.
		view.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		view.addObject("status", ex.status().value());
		view.addObject("message", ex.getMessage());
		view.setStatus(ex.status());
		return view;
	}

}
