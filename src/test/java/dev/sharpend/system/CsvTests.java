package dev.sharpend.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV lines quote what needs quoting and defuse what a spreadsheet would run. */
class CsvTests {

	@Test
	void quotesCommasQuotesAndLineBreaks() {
		assertThat(Csv.row(List.of("plain", "a, b", "say \"hi\"", "two\nlines", "")))
			.isEqualTo("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
	}

	@Test
	void defusesCellsThatWouldStartAFormula() {
		assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(Csv.field("+1")).isEqualTo("'+1");
		assertThat(Csv.field("-2")).isEqualTo("'-2");
		assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.field("a=b")).isEqualTo("a=b");
	}

}
