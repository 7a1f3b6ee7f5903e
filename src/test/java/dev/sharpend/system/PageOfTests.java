package dev.sharpend.system;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PageOfTests {

	private static final List<Integer> SEVEN = IntStream.rangeClosed(1, 7).boxed().toList();

	@Test
	void answersItemsAndPagingFieldsOnly() {
		PageOf<String> page = PageOf.of(List.of("a", "b"), PageWindow.of(1, 2, 500), 5);

		assertThat(JsonMapper.builder().build().writeValueAsString(page))
			.isEqualTo("{\"items\":[\"a\",\"b\"],\"page\":1,\"size\":2,\"total\":5}");
	}

	@Test
	void slicesAListReadWhole() {
		assertThat(PageOf.slice(SEVEN, PageWindow.of(1, 3, 500)).items()).containsExactly(4, 5, 6);
		assertThat(PageOf.slice(SEVEN, PageWindow.of(2, 3, 500)).items()).containsExactly(7);
		assertThat(PageOf.slice(SEVEN, PageWindow.of(PageWindow.MAX_PAGE, 500, 500)).items()).isEmpty();
		assertThat(PageOf.slice(SEVEN, PageWindow.of(2, 3, 500)).total()).isEqualTo(7);
	}

	@Test
	void tellsThePagerWhereThePageSits() {
		PageOf<Integer> middle = PageOf.slice(SEVEN, PageWindow.of(1, 3, 500));
		assertThat(middle.first()).isEqualTo(4);
		assertThat(middle.last()).isEqualTo(6);
		assertThat(middle.hasPrevious()).isTrue();
		assertThat(middle.hasNext()).isTrue();

		PageOf<Integer> last = PageOf.slice(SEVEN, PageWindow.of(2, 3, 500));
		assertThat(last.last()).isEqualTo(7);
		assertThat(last.hasNext()).isFalse();

		PageOf<Integer> empty = PageOf.slice(List.of(), PageWindow.of(0, 3, 500));
		assertThat(empty.first()).isZero();
		assertThat(empty.hasPrevious()).isFalse();
		assertThat(empty.hasNext()).isFalse();
	}

}
