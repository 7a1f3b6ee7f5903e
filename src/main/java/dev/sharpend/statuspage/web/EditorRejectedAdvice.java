package dev.sharpend.statuspage.web;

import jakarta.servlet.http.HttpServletRequest;

import dev.sharpend.system.RequestRejected;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a rejection the editor forms cannot show beside a field (an unknown page or
 * component) as a page in the app's layout rather than a server error.
 */
@ControllerAdvice(assignableTypes = { StatusPagesController.class, PageEditorController.class,
		ComponentEditorController.class, NoticeEditorController.class, PageExtrasController.class })
class EditorRejectedAdvice {

	@ExceptionHandler(RequestRejected.class)
	ModelAndView rejected(RequestRejected ex, HttpServletRequest request) {
		ModelAndView view = new ModelAndView("statuspage/rejected");
		view.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		view.addObject("status", ex.status().value());
		view.addObject("message", ex.getMessage());
		view.setStatus(ex.status());
		return view;
	}

}
