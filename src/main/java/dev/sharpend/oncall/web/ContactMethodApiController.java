package dev.sharpend.oncall.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.sharpend.identity.People;
import dev.sharpend.oncall.ContactMethod;
import dev.sharpend.oncall.ContactMethods;
import dev.sharpend.oncall.NotificationRule;
import dev.sharpend.oncall.NotificationRules;
import dev.sharpend.oncall.TestPages;
import dev.sharpend.system.SignedIn;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's contact methods and notification rules. Anyone manages their own;
 * {@code oncall:write} manages anyone's with {@code ?user=} (an id or e-mail address).
 */
@RestController
class ContactMethodApiController {

	private final ContactMethods methods;

	private final NotificationRules rules;

	private final People people;

	private final TestPages testPages;

	ContactMethodApiController(ContactMethods methods, NotificationRules rules, People people, TestPages testPages) {
		this.methods = methods;
		this.rules = rules;
		this.people = people;
		this.testPages = testPages;
	}

	/** Sends a test page to every verified method (or the account address) now. */
	@PostMapping("/api/v1/contact-methods/test-page")
	@SignedIn
	@ResponseStatus(HttpStatus.ACCEPTED)
	Items<String> testPage(Authentication auth, @RequestParam(required = false) String user) {
		return new Items<>(this.testPages.send(PagingPeople.managed(auth, user, this.people)));
	}

	@GetMapping("/api/v1/contact-methods")
	@SignedIn
	Items<ContactMethodResponse> list(Authentication auth, @RequestParam(required = false) String user) {
		return new Items<>(this.methods.of(PagingPeople.managed(auth, user, this.people))
			.stream()
			.map(ContactMethodResponse::of)
			.toList());
	}

	@PostMapping("/api/v1/contact-methods")
	@SignedIn
	ResponseEntity<CreatedContactMethodResponse> add(Authentication auth, @RequestParam(required = false) String user,
			@RequestBody CreateContactMethodRequest request) {
		ContactMethods.Added added = this.methods.add(PagingPeople.managed(auth, user, this.people), request.kind(),
				request.address());
		return ResponseEntity.created(URI.create("/api/v1/contact-methods/" + added.method().id()))
			.body(new CreatedContactMethodResponse(ContactMethodResponse.of(added.method()), added.signingSecret()));
	}

	@PostMapping("/api/v1/contact-methods/{id}/verification")
	@SignedIn
	ContactMethodResponse verify(Authentication auth, @RequestParam(required = false) String user,
			@PathVariable UUID id, @RequestBody VerifyRequest request) {
		return ContactMethodResponse
			.of(this.methods.verify(PagingPeople.managed(auth, user, this.people), id, request.code()));
	}

	@PostMapping("/api/v1/contact-methods/{id}/verification-code")
	@SignedIn
	@ResponseStatus(HttpStatus.ACCEPTED)
	void resend(Authentication auth, @RequestParam(required = false) String user, @PathVariable UUID id) {
		this.methods.resend(PagingPeople.managed(auth, user, this.people), id);
	}

	@DeleteMapping("/api/v1/contact-methods/{id}")
	@SignedIn
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(Authentication auth, @RequestParam(required = false) String user, @PathVariable UUID id) {
		this.methods.remove(PagingPeople.managed(auth, user, this.people), id);
	}

	@GetMapping("/api/v1/notification-rules")
	@SignedIn
	Items<NotificationRuleResponse> rules(Authentication auth, @RequestParam(required = false) String user) {
		return new Items<>(this.rules.of(PagingPeople.managed(auth, user, this.people))
			.stream()
			.map(NotificationRuleResponse::of)
			.toList());
	}

	@PostMapping("/api/v1/notification-rules")
	@SignedIn
	ResponseEntity<NotificationRuleResponse> addRule(Authentication auth, @RequestParam(required = false) String user,
			@RequestBody CreateNotificationRuleRequest request) {
		NotificationRule rule = this.rules.add(PagingPeople.managed(auth, user, this.people), request.urgency(),
				request.delayMinutes(), request.method());
		return ResponseEntity.created(URI.create("/api/v1/notification-rules/" + rule.id()))
			.body(NotificationRuleResponse.of(rule));
	}

	@DeleteMapping("/api/v1/notification-rules/{id}")
	@SignedIn
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeRule(Authentication auth, @RequestParam(required = false) String user, @PathVariable UUID id) {
		this.rules.remove(PagingPeople.managed(auth, user, this.people), id);
	}

	record Items<T>(List<T> items) {
	}

	record CreateContactMethodRequest(@Nullable String kind, @Nullable String address) {
	}

	record VerifyRequest(@Nullable String code) {
	}

	record CreateNotificationRuleRequest(@Nullable String urgency, @Nullable Integer delayMinutes,
			@Nullable UUID method) {
	}

	record ContactMethodResponse(String id, String kind, String address, boolean verified, @Nullable Instant verifiedAt,
			boolean failing, @Nullable String failure) {

		static ContactMethodResponse of(ContactMethod m) {
			return new ContactMethodResponse(m.id().toString(), m.kind().code(), m.address(), m.verified(),
					m.verifiedAt(), m.failing(), m.failure());
		}

	}

	record CreatedContactMethodResponse(ContactMethodResponse method, @Nullable String signingSecret) {
	}

	record NotificationRuleResponse(String id, String urgency, int delayMinutes, String method) {

		static NotificationRuleResponse of(NotificationRule r) {
			return new NotificationRuleResponse(r.id().toString(), r.urgency(), r.delayMinutes(),
					r.method().toString());
		}

	}

}
