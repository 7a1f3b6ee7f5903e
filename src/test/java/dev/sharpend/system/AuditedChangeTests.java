package dev.sharpend.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class AuditedChangeTests {

	enum Plan implements WireCode {

		FREE_TIER;

		@Override
		public String code() {
			return "free";
		}

	}

	enum Colour {

		DARK_RED

	}

	record Account(String value) {
	}

	@Audited(action = "account.plan_changed", target = "account")
	record PlanChanged(@Audited.Id Account account, String owner, Plan plan, Colour colour, List<Account> linked,
			String note, @Audited.Omit String apiKey) implements AuditedChange {
	}

	@Audited(target = "account")
	record Undeclared(String name) implements AuditedChange {
	}

	@Test
	void theDeclarationAndTheComponentsMakeTheAuditEntry() {
		PlanChanged change = new PlanChanged(new Account("acc-1"), "ana@example.test", Plan.FREE_TIER, Colour.DARK_RED,
				List.of(new Account("acc-2"), new Account("acc-3")), null, "sk_live_secret");

		assertThat(change.action()).isEqualTo("account.plan_changed");
		assertThat(change.targetType()).isEqualTo("account");
		assertThat(change.targetId()).isEqualTo("acc-1");
		assertThat(change.summary())
			.isEqualTo("owner=ana@example.test, plan=free, colour=dark_red, linked=[acc-2, acc-3]");
	}

	@Test
	void anOmittedComponentNeverReachesTheSummary() {
		PlanChanged change = new PlanChanged(new Account("acc-1"), "ana", Plan.FREE_TIER, Colour.DARK_RED, List.of(),
				"n", "sk_live_secret");

		assertThat(change.summary()).doesNotContain("sk_live_secret").doesNotContain("apiKey");
	}

	@Test
	void aMissingActionIsNamedRatherThanRecordedEmpty() {
		assertThatIllegalStateException().isThrownBy(() -> new Undeclared("x").action())
			.withMessageContaining("Undeclared")
			.withMessageContaining("action");
	}

	/**
	 * Every audited change in Sharpend declares what the audit log needs, or computes it:
	 * a record that forgot would only fail when its change is first made.
	 */
	@Test
	void everyAuditedChangeInSharpendDeclaresItsActionAndTarget() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent();
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(AuditedChange.class));
		List<String> undeclared = new ArrayList<>();
		int checked = 0;
		for (var candidate : scanner.findCandidateComponents("dev.sharpend")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			if (type.isInterface() || type.getName().startsWith(AuditedChangeTests.class.getName())) {
				continue;
			}
			checked++;
			Audited declared = type.getAnnotation(Audited.class);
			for (String method : Set.of("action", "targetType")) {
				boolean computed = type.getMethod(method).getDeclaringClass() != AuditedChange.class;
				boolean declaredHere = declared != null
						&& !(method.equals("action") ? declared.action() : declared.target()).isEmpty();
				if (!computed && !declaredHere) {
					undeclared.add(type.getSimpleName() + "." + method);
				}
			}
		}
		assertThat(checked).as("audited changes found").isGreaterThan(40);
		assertThat(undeclared).isEmpty();
	}

}
