package dev.sharpend.insight;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import dev.sharpend.system.JobRuns;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the rollup current: every interval, one node at a time, it classifies again each
 * group whose facts changed. A rebuild classifies every group from its facts through the
 * same code, so the two cannot disagree.
 */
@Component
class InsightRollup {

	static final String JOB = "insight-rollup";

	private static final Logger log = LoggerFactory.getLogger(InsightRollup.class);

	private static final int BATCH = 500;

	private final InsightRepository repository;

	private final InterruptionRepository interruptions;

	private final TransactionTemplate transaction;

	private final JobRuns runs;

	InsightRollup(InsightRepository repository, InterruptionRepository interruptions,
			PlatformTransactionManager transactions, JobRuns runs) {
		this.repository = repository;
		this.interruptions = interruptions;
		this.transaction = new TransactionTemplate(transactions);
		this.runs = runs;
	}

	@Scheduled(fixedDelayString = "${sharpend.insight.rollup-interval:PT30S}",
			initialDelayString = "${sharpend.insight.rollup-interval:PT30S}")
	@SchedulerLock(name = JOB, lockAtMostFor = "PT10M", lockAtLeastFor = "PT1S")
	void tick() {
		try {
			rollUp();
			this.runs.succeeded(JOB);
		}
		catch (RuntimeException ex) {
			log.warn("Could not update the insight figures: {}", ex.getMessage());
		}
	}

	/**
	 * Classifies again every group whose facts changed, until none waits.
	 * @return how many groups it classified
	 */
	// synchronized: a rollup started by hand (a rebuild, a test) never interleaves with
	// the
	// scheduled one on this node; the scheduler lock keeps other nodes out
	synchronized int rollUp() {
		int rolled = 0;
		while (true) {
			Integer batch = this.transaction.execute((status) -> {
				List<InsightRepository.Dirty> dirty = this.repository.dirty(BATCH);
				if (dirty.isEmpty()) {
					return 0;
				}
				Set<Long> groups = new LinkedHashSet<>();
				dirty.forEach((mark) -> groups.add(mark.group()));
				classify(groups);
				this.repository.clearDirtyUpTo(dirty.get(dirty.size() - 1).id());
				return groups.size();
			});
			if (batch == null || batch == 0) {
				return rolled;
			}
			rolled += batch;
		}
	}

	/**
	 * Empties the rollup and classifies every group on record again from its facts.
	 * @return how many groups it classified
	 */
	synchronized int rebuild() {
		return rebuild((done) -> {
		});
	}

	/**
	 * Empties the rollup and classifies every group on record again from its facts,
	 * telling {@code progress} the running count after each batch.
	 * @return how many groups it classified
	 */
	synchronized int rebuild(IntConsumer progress) {
		this.transaction.executeWithoutResult((status) -> {
			this.repository.clearRollup();
			this.interruptions.clear();
		});
		int rolled = 0;
		long after = 0;
		while (true) {
			long from = after;
			List<Long> groups = this.transaction.execute((status) -> {
				List<Long> batch = this.repository.openedGroups(from, BATCH);
				classify(batch);
				return batch;
			});
			if (groups == null || groups.isEmpty()) {
				return rolled;
			}
			rolled += groups.size();
			progress.accept(rolled);
			after = groups.get(groups.size() - 1);
		}
	}

	private void classify(Collection<Long> groups) {
		Map<Long, List<Fact>> byGroup = new LinkedHashMap<>();
		for (Fact fact : this.repository.factsOf(groups)) {
			byGroup.computeIfAbsent(fact.group(), (g) -> new ArrayList<>()).add(fact);
		}
		List<GroupSummary> summaries = new ArrayList<>();
		List<Interruption> pages = new ArrayList<>();
		for (List<Fact> facts : byGroup.values()) {
			// a group without its opening on record counts nowhere, its pages included
			summary(facts).ifPresent((summary) -> {
				summaries.add(summary);
				pages.addAll(Interruption.of(facts));
			});
		}
		this.repository.replace(groups, summaries);
		this.interruptions.replace(groups, pages);
	}

	/**
	 * One group's facts classified; empty when its opening is not on record (it opened
	 * before insights were kept), since nothing can be said of a group without it.
	 */
	static Optional<GroupSummary> summary(List<Fact> facts) {
		Fact opening = facts.stream().filter((fact) -> fact.kind() == Fact.Kind.OPENED).findFirst().orElse(null);
		if (opening == null || opening.rule() == null) {
			return Optional.empty();
		}
		GroupHistory history = GroupHistory.opened(opening.group(), opening.rule(), opening.at());
		@Nullable UUID integration = opening.integration();
		for (Fact fact : facts) {
			history = switch (fact.kind()) {
				case OPENED, INTERRUPTED -> history;
				case PAGED -> paged(history, fact.at(), fact.amount());
				case ACKNOWLEDGED -> history.acknowledged(fact.at());
				case RESOLVED_BY_SELF -> resolved(history, fact.at(), false);
				case RESOLVED_BY_HAND -> resolved(history, fact.at(), true);
				case INCIDENT -> history.linkedToIncident(fact.incident(), fact.at());
				case ACTION -> history.acted(GroupHistory.PersonAction.Kind.TIMELINE_ENTRY, fact.at());
				case SILENCED -> history.silenced(fact.at());
				case NOTED -> history.acted(GroupHistory.PersonAction.Kind.NOTE, fact.at());
				// facts come oldest first, so the latest answer replaces the earlier ones
				case ANSWERED -> (fact.answer() != null) ? history.answered(fact.answer()) : history;
			};
		}
		return Optional.of(GroupSummary.of(history, integration));
	}

	private static GroupHistory paged(GroupHistory history, Instant at, int people) {
		GroupHistory paged = history;
		for (int i = 0; i < people; i++) {
			paged = paged.paged(at);
		}
		return paged;
	}

	// a group resolves once; the first resolution on record stands
	private static GroupHistory resolved(GroupHistory history, Instant at, boolean byHand) {
		if (history.resolution().isPresent()) {
			return history;
		}
		return byHand ? history.resolvedByHand(at) : history.resolvedBySelf(at);
	}

}
