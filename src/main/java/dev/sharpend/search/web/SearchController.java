package dev.sharpend.search.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.search.Search;
import dev.sharpend.search.SearchChoice;
import dev.sharpend.search.SearchField;
import dev.sharpend.search.SearchHit;
import dev.sharpend.search.SearchQuery;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.SignedIn;
import dev.sharpend.system.web.Rejections;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The search page: a query with filters and highlighted hits. While typing, htmx asks for
 * the results part alone.
 */
@Controller
@RequestMapping("/search")
class SearchController {

	private static final List<String> TYPE_ORDER = List.of("incident", "timeline_entry", "review", "factor",
			"action_item");

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@GetMapping
	@SignedIn
	String page(SearchRequest request, Authentication caller, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response) {
		model.addAttribute("query", request);
		Set<String> readable = this.search.readableTypes(Permission.heldBy(caller));
		// Offer only what this person may read, in the order people think of them.
		model.addAttribute("types", TYPE_ORDER.stream().filter(readable::contains).toList());
		Map<SearchField, List<SearchChoice>> choices = this.search.choices(readable);
		model.addAttribute("severities", choices.getOrDefault(SearchField.SEVERITY, List.of()));
		model.addAttribute("statuses", choices.getOrDefault(SearchField.STATUS, List.of()));
		model.addAttribute("factorTypes", choices.getOrDefault(SearchField.FACTOR_TYPE, List.of()));
		boolean asked = (request.q() != null && !request.q().isBlank()) || request.filtered();
		if (asked) {
			try {
				SearchQuery query = request.toQuery();
				PageOf<SearchHit> results = this.search.search(query, readable);
				model.addAttribute("results", results);
				// Search shows the first hits only; a page beyond them would be refused.
				model.addAttribute("hasNext",
						results.hasNext() && results.page() < SearchQuery.lastPage(results.size()));
			}
			catch (RequestRejected ex) {
				// A bad filter is shown beside the form, where it can be corrected.
				model.addAttribute("rejected", ex.getMessage());
				response.setStatus(Rejections.status(ex).value());
			}
		}
		return (htmx != null) ? "search/page :: results" : "search/page";
	}

}
