package dev.sharpend.system;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WireCodeTests {

	enum Colour implements WireCode {

		DARK_RED("dark_red"), GREEN("green"), BLUE("blue");

		private final String code;

		Colour(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return this.code;
		}

	}

	@Test
	void findsAConstantByItsExactCodeOnly() {
		assertThat(WireCode.find(Colour.class, "dark_red")).contains(Colour.DARK_RED);
		assertThat(WireCode.find(Colour.class, "DARK_RED")).isEmpty();
		assertThat(WireCode.find(Colour.class, null)).isEmpty();
	}

	@Test
	void anUnknownCodeIsRefusedNamingTheFieldTheValueAndEveryAcceptedCode() {
		assertThatThrownBy(() -> WireCode.parse(Colour.class, "purple", "colour"))
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> {
				assertThat(ex.reason()).isEqualTo(RequestRejected.Reason.INVALID);
				assertThat(ex.field()).isEqualTo("colour");
				assertThat(ex.getMessage()).isEqualTo("Unknown colour \"purple\"; use one of dark_red, green, blue.");
			});
	}

	@Test
	void aMissingCodeIsRefusedSayingItIsMissing() {
		assertThatThrownBy(() -> WireCode.parse(Colour.class, " ", "colour")).isInstanceOfSatisfying(
				RequestRejected.class,
				(ex) -> assertThat(ex.getMessage()).isEqualTo("Colour is missing; use one of dark_red, green, blue."));
	}

	@Test
	void aSubsetAcceptsAndListsOnlyItsOwnCodes() {
		EnumSet<Colour> accepted = EnumSet.of(Colour.GREEN, Colour.BLUE);
		assertThat(WireCode.parse(accepted, "blue", "paint", "paint colour")).isEqualTo(Colour.BLUE);
		assertThatThrownBy(() -> WireCode.parse(accepted, "dark_red", "paint", "paint colour"))
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> {
				assertThat(ex.field()).isEqualTo("paint");
				assertThat(ex.getMessage()).isEqualTo("Unknown paint colour \"dark_red\"; use one of green, blue.");
			});
	}

}
