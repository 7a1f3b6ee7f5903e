package dev.sharpend.search.web;

import java.time.Instant;
import java.util.List;

import dev.sharpend.search.Search;
import dev.sharpend.search.SearchHit;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.Permission;
import dev.sharpend.system.SignedIn;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Search over incidents, timelines, reviews, factors and action items. Open to every
 * caller, but each sees only the types their permissions allow (incidents and timelines
 * need {@code incident:read}; reviews, factors and action items {@code review:read}).
 */
@RestController
@RequestMapping("/api/v1/search")
class SearchApiController {

	private final Search search;

	SearchApiController(Search search) {
		this.search = search;
	}

	@GetMapping
	@SignedIn
	PageOf<Item> search(SearchRequest request, Authentication caller) {
		return this.search.search(request.toQuery(), this.search.readableTypes(Permission.heldBy(caller)))
			.map(Item::of);
	}

	record Item(String type, String id, Long incident, String title, String titleHighlight, String url,
			String highlight, float score, Instant occurredAt, String severity, String status,
			List<String> components) {

		static Item of(SearchHit hit) {
			return new Item(hit.type(), hit.id(), hit.incident(), hit.title(), hit.titleHighlight(), hit.url(),
					hit.highlight(), hit.score(), hit.occurredAt(), hit.severity(), hit.status(), hit.components());
		}

	}

}
