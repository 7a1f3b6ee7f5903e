package dev.sharpend.review.web;

import jakarta.servlet.http.HttpServletRequest;

import dev.sharpend.system.RequestRejected;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Shows a refused form on the review pages as a page that says why. */
@ControllerAdvice(assignableTypes = ReviewController.class)
class ReviewRejectedAdvice {

	@ExceptionHandler(RequestRejected.class)
	ModelAndView rejected(RequestRejected ex, HttpServletRequest request) {
		ModelAndView view = new ModelAndView("review/rejected");
		view.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		view.addObject("status", ex.status().value());
		view.addObject("message", ex.getMessage());
		view.addObject("back", request.getRequestURI().replaceAll("^(/reviews/\\d+).*", "$1"));
		view.setStatus(ex.status());
		return view;
	}

}
