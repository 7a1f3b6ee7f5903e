package dev.sharpend.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sharpend.search.SearchChangeRepository.Change;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeCursorTests {

	private final Changes changes = new Changes();

	private final ChangeCursor cursor = new ChangeCursor();

	@Test
	void aChangeCommittedAfterALaterOneIsStillApplied() {
		this.changes.commit(1, 3);

		assertThat(seqs(this.cursor.next(this.changes, 100))).containsExactly(1L, 3L);
		assertThat(this.cursor.safeSequence()).as("change 2 may still commit").isEqualTo(1);

		this.changes.commit(2, 4);

		assertThat(seqs(this.cursor.next(this.changes, 100))).containsExactly(2L, 4L);
		assertThat(this.cursor.safeSequence()).isEqualTo(4);
		assertThat(this.cursor.next(this.changes, 100)).isEmpty();
	}

	@Test
	void readsInBatchesFromWhereItWas() {
		this.cursor.reset(2);
		this.changes.commit(1, 2, 3, 4, 5);

		assertThat(seqs(this.cursor.next(this.changes, 2))).containsExactly(3L, 4L);
		assertThat(seqs(this.cursor.next(this.changes, 2))).containsExactly(5L);
	}

	private static List<Long> seqs(List<Change> changes) {
		return changes.stream().map(Change::seq).toList();
	}

	/** The change table as a list, visible in commit order. */
	static final class Changes extends SearchChangeRepository {

		private final List<Change> committed = new ArrayList<>();

		Changes() {
			super(null);
		}

		void commit(long... seqs) {
			for (long seq : seqs) {
				this.committed.add(new Change(seq, "incident", Long.toString(seq)));
			}
		}

		@Override
		List<Change> after(long seq, int limit) {
			return this.committed.stream()
				.filter((c) -> c.seq() > seq)
				.sorted((a, b) -> Long.compare(a.seq(), b.seq()))
				.limit(limit)
				.toList();
		}

		@Override
		List<Change> withSequences(Collection<Long> seqs) {
			return this.committed.stream().filter((c) -> seqs.contains(c.seq())).toList();
		}

	}

}
