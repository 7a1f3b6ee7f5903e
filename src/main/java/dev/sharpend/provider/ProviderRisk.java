package dev.sharpend.provider;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.sharpend.catalog.ComponentId;

/**
 * Ranks providers by what makes depending on them risky, as the seed's third essay names
 * it: being in the critical path, sharing it with other customers, holding sensitive data
 * and granting access coarsely. The score is the product of four factors, so a provider
 * that is risky in every way ranks far above one risky in a single way:
 * <ul>
 * <li>critical path: 3 when one of our components fails with it (a hard dependency, or a
 * hard dependency of a provider that runs on it), 2 for soft dependencies only, 1 for
 * none;</li>
 * <li>tenancy: multi-tenant 3, dedicated but managed 2, self-run 1;</li>
 * <li>data: restricted 4, confidential 3, internal 2, none 1;</li>
 * <li>access: one shared credential 3, per-user accounts 2, scoped tokens or single
 * sign-on 1.</li>
 * </ul>
 * What nobody has assessed counts as 2, so a blank register never looks safe. A retired
 * provider scores 0.
 */
public final class ProviderRisk {

	private static final int NOTE_IN_REASON = 80;

	private ProviderRisk() {
	}

	/**
	 * The providers from riskiest to least risky (equal scores by name).
	 * @param providers the whole register, as the chains of providers run through it
	 * @param componentNames our components' names; a component without a name is left out
	 */
	public static List<RiskAssessment> rank(List<Provider> providers, Map<ComponentId, String> componentNames) {
		Map<ProviderId, Provider> byId = new LinkedHashMap<>();
		providers.forEach((p) -> byId.put(p.id(), p));
		List<RiskAssessment> scored = new ArrayList<>();
		for (Provider p : providers) {
			scored.add(assess(p, byId, componentNames));
		}
		scored.sort(Comparator.comparingInt(RiskAssessment::score)
			.reversed()
			.thenComparing((a) -> a.provider().name().toLowerCase(Locale.ROOT)));
		List<RiskAssessment> ranked = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			RiskAssessment a = scored.get(i);
			int rank = (i > 0 && scored.get(i - 1).score() == a.score()) ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new RiskAssessment(a.provider(), rank, a.score(), a.criticalFor(), a.reason()));
		}
		return ranked;
	}

	private static RiskAssessment assess(Provider p, Map<ProviderId, Provider> all, Map<ComponentId, String> names) {
		Set<String> direct = componentNames(p, true, names);
		Map<String, Set<String>> through = through(p, all, names, direct);
		Set<String> critical = new TreeSet<>(direct);
		through.values().forEach(critical::addAll);
		Set<String> soft = componentNames(p, false, names);
		if (p.lifecycle() == Lifecycle.RETIRED) {
			return new RiskAssessment(p, 0, 0, List.copyOf(critical), "Retired: no longer in use");
		}
		int path = !critical.isEmpty() ? 3 : !soft.isEmpty() ? 2 : 1;
		int score = path * tenancy(p.tenancy()) * sensitivity(p.profile().sensitivity()) * access(p.profile().access());
		String dependency = dependencyWords(direct, through, soft);
		String reason = String.join("; ", dependency, tenancyWords(p.tenancy()), dataWords(p.profile()),
				accessWords(p.profile().access()));
		return new RiskAssessment(p, 0, score, List.copyOf(critical), reason);
	}

	/**
	 * The components that fail with the provider through the providers that run on it, by
	 * the name of the nearest such provider; those failing with it directly are left out.
	 */
	private static Map<String, Set<String>> through(Provider p, Map<ProviderId, Provider> all,
			Map<ComponentId, String> names, Set<String> direct) {
		Map<String, Set<String>> through = new TreeMap<>();
		Set<ProviderId> seen = new HashSet<>(Set.of(p.id()));
		Deque<Provider> next = new ArrayDeque<>(runOn(p.id(), all));
		while (!next.isEmpty()) {
			Provider above = next.pop();
			if (!seen.add(above.id())) {
				continue;
			}
			Set<String> components = componentNames(above, true, names);
			components.removeAll(direct);
			through.values().forEach(components::removeAll);
			if (!components.isEmpty()) {
				through.computeIfAbsent(above.name(), (k) -> new TreeSet<>()).addAll(components);
			}
			next.addAll(runOn(above.id(), all));
		}
		return through;
	}

	private static List<Provider> runOn(ProviderId id, Map<ProviderId, Provider> all) {
		return all.values().stream().filter((q) -> q.dependsOn().contains(id)).toList();
	}

	private static Set<String> componentNames(Provider p, boolean hard, Map<ComponentId, String> names) {
		Set<String> found = new TreeSet<>();
		p.components()
			.stream()
			.filter((c) -> c.hard() == hard && names.containsKey(c.component()))
			.forEach((c) -> found.add(names.get(c.component())));
		return found;
	}

	private static String dependencyWords(Set<String> direct, Map<String, Set<String>> through, Set<String> soft) {
		List<String> parts = new ArrayList<>();
		if (!direct.isEmpty()) {
			parts.add("critical path for " + and(direct));
		}
		through.forEach((provider, components) -> parts
			.add((parts.isEmpty() ? "critical path for " : "and for ") + and(components) + " through " + provider));
		if (parts.isEmpty()) {
			parts.add(soft.isEmpty() ? "no component of ours depends on it" : "soft dependency of " + and(soft));
		}
		String words = String.join(", ", parts);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** "A", "A and B", "A, B and C". */
	static String and(Set<String> names) {
		List<String> list = List.copyOf(names);
		if (list.size() == 1) {
			return list.get(0);
		}
		return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
	}

	private static int tenancy(Tenancy tenancy) {
		return switch (tenancy) {
			case MULTI_TENANT -> 3;
			case DEDICATED, NOT_ASSESSED -> 2;
			case SELF_RUN -> 1;
		};
	}

	private static String tenancyWords(Tenancy tenancy) {
		return switch (tenancy) {
			case MULTI_TENANT -> "multi-tenant";
			case DEDICATED -> "dedicated but managed";
			case SELF_RUN -> "run by us on their infrastructure";
			case NOT_ASSESSED -> "tenancy not assessed";
		};
	}

	private static int sensitivity(Sensitivity sensitivity) {
		return switch (sensitivity) {
			case RESTRICTED -> 4;
			case CONFIDENTIAL -> 3;
			case INTERNAL, NOT_ASSESSED -> 2;
			case NONE -> 1;
		};
	}

	private static String dataWords(ProviderProfile profile) {
		String level = switch (profile.sensitivity()) {
			case NOT_ASSESSED -> "sensitivity not assessed";
			case NONE -> "not sensitive";
			default -> profile.sensitivity().label().toLowerCase(Locale.ROOT);
		};
		String held = profile.dataHeld().strip().replaceAll("\\s+", " ");
		if (held.isEmpty()) {
			return switch (profile.sensitivity()) {
				case NOT_ASSESSED -> "data held not assessed";
				case NONE -> "holds no data of ours";
				default -> "holds " + level + " data";
			};
		}
		if (held.length() > NOTE_IN_REASON) {
			held = held.substring(0, NOTE_IN_REASON - 1).strip() + "…";
		}
		// "Customer data" reads "holds customer data", but "AWS keys" stays as written.
		boolean word = held.length() > 1 && Character.isUpperCase(held.charAt(0))
				&& Character.isLowerCase(held.charAt(1));
		return "holds " + (word ? Character.toLowerCase(held.charAt(0)) + held.substring(1) : held) + " (" + level
				+ ")";
	}

	private static int access(AccessGranularity access) {
		return switch (access) {
			case SHARED_CREDENTIAL -> 3;
			case PER_USER_ACCOUNTS, NOT_ASSESSED -> 2;
			case SCOPED_TOKENS, SINGLE_SIGN_ON -> 1;
		};
	}

	private static String accessWords(AccessGranularity access) {
		return switch (access) {
			case SHARED_CREDENTIAL -> "one shared credential";
			case PER_USER_ACCOUNTS -> "per-user accounts";
			case SCOPED_TOKENS -> "scoped tokens";
			case SINGLE_SIGN_ON -> "single sign-on";
			case NOT_ASSESSED -> "access not assessed";
		};
	}

}
