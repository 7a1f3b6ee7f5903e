package dev.sharpend.search.web;

import java.util.List;

import dev.sharpend.search.Search;
import dev.sharpend.search.SearchResults;
import dev.sharpend.system.SignedIn;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The search page: a query with filters and highlighted hits. While typing, htmx asks for
 * the results part alone.
 */
@Controller
class SearchController {

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@GetMapping("/search")
	@SignedIn
	String page(SearchRequest request, Authentication caller, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		model.addAttribute("query", request);
		model.addAttribute("types", List.of("incident", "timeline_entry", "review", "factor", "action_item"));
		boolean asked = (request.q() != null && !request.q().isBlank()) || request.filtered();
		if (asked) {
			SearchResults results = this.search.search(request.toQuery(),
					this.search.readableTypes(Callers.permissions(caller)));
			model.addAttribute("results", results);
		}
		return (htmx != null) ? "search/page :: results" : "search/page";
	}

}
