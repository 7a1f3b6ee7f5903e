package dev.sharpend.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.sharpend.identity.SingleSignOnSettings.Change;
import dev.sharpend.identity.SingleSignOnSettings.FieldProblem;

import org.springframework.util.StringUtils;

/** The rules single sign-on settings must meet before they are stored. */
final class SsoSettingsCheck {

	/**
	 * Hosts for which plain http is accepted: a provider on the same machine, for trials.
	 */
	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

	private SsoSettingsCheck() {
	}

	/**
	 * Every problem with the change, in form order.
	 * @param roleExists whether a role of that name exists
	 */
	static List<FieldProblem> problems(Change change, java.util.function.Predicate<String> roleExists) {
		List<FieldProblem> problems = new ArrayList<>();
		issuer(change).ifPresent((message) -> problems.add(new FieldProblem("issuer", message)));
		if (change.enabled() && !StringUtils.hasText(change.clientId())) {
			problems.add(new FieldProblem("clientId", "Enter the client id Sharpend is registered with."));
		}
		else if (length(change.clientId()) > 200) {
			problems.add(new FieldProblem("clientId", "Use a client id of at most 200 characters."));
		}
		if (length(change.clientSecret()) > 1000) {
			problems.add(new FieldProblem("clientSecret", "Use a client secret of at most 1000 characters."));
		}
		if (!StringUtils.hasText(change.defaultRole())) {
			problems.add(new FieldProblem("defaultRole", "Choose the role new single sign-on users get."));
		}
		else if (!roleExists.test(change.defaultRole().strip())) {
			problems.add(new FieldProblem("defaultRole", "There is no role named " + change.defaultRole().strip()
					+ "; choose one of the roles under Users and roles."));
		}
		if (length(change.label()) > 100) {
			problems.add(new FieldProblem("label", "Use a button text of at most 100 characters."));
		}
		return problems;
	}

	private static Optional<String> issuer(Change change) {
		String issuer = (change.issuer() != null) ? change.issuer().strip() : "";
		if (issuer.isEmpty()) {
			return change.enabled() ? Optional.of("Enter the provider's issuer URL, such as https://id.example.com.")
					: Optional.empty();
		}
		if (issuer.length() > 500) {
			return Optional.of("Use an issuer URL of at most 500 characters.");
		}
		URI uri;
		try {
			uri = new URI(issuer);
		}
		catch (URISyntaxException ex) {
			return Optional.of("The issuer is not a URL; enter it as https://id.example.com.");
		}
		if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null) {
			return Optional.of("Enter the issuer as a full URL with a host, such as https://id.example.com.");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			return Optional.of("An issuer URL has no query (?…) or fragment (#…); remove them.");
		}
		boolean https = "https".equalsIgnoreCase(uri.getScheme());
		boolean localHttp = "http".equalsIgnoreCase(uri.getScheme()) && LOOPBACK.contains(uri.getHost().toLowerCase());
		if (!https && !localHttp) {
			return Optional.of("The issuer must be an https:// URL (plain http only for localhost or 127.0.0.1).");
		}
		return Optional.empty();
	}

	private static int length(String value) {
		return (value != null) ? value.strip().length() : 0;
	}

}
