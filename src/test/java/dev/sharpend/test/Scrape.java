package dev.sharpend.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a node's {@code /actuator/prometheus} with the scrape token, read as
 * Prometheus reads it: series with their labels and values.
 */
public final class Scrape {

	private static final Pattern SERIES = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})? (\\S+)");

	private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

	private final String text;

	private final List<Series> series;

	private Scrape(String text) {
		this.text = text;
		this.series = text.lines().filter((l) -> !l.isBlank() && !l.startsWith("#")).map(Scrape::parse).toList();
	}

	/** Scrapes the node on this port. */
	public static Scrape of(int port) {
		Api.Response response = Api.withToken(port, TestKeys.SCRAPE_TOKEN).get("/actuator/prometheus");
		if (response.status() != 200) {
			throw new AssertionError("Scraping failed: " + response);
		}
		return new Scrape(response.body());
	}

	public String text() {
		return this.text;
	}

	public List<Series> series() {
		return this.series;
	}

	/** The names of the metrics (families) it holds, as PromQL names them. */
	public Set<String> names() {
		Set<String> names = new TreeSet<>();
		this.series.forEach((s) -> names.add(s.name()));
		return names;
	}

	/** The sum of the series of this name whose labels include these. */
	public double sum(String name, Map<String, String> labels) {
		return this.series.stream()
			.filter((s) -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
			.mapToDouble(Series::value)
			.sum();
	}

	/** Whether a series of this name with these labels (at least) exists. */
	public boolean has(String name, Map<String, String> labels) {
		return this.series.stream()
			.anyMatch((s) -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()));
	}

	private static Series parse(String line) {
		Matcher matcher = SERIES.matcher(line);
		if (!matcher.find()) {
			throw new AssertionError("Not a series line: " + line);
		}
		Map<String, String> labels = new LinkedHashMap<>();
		if (matcher.group(3) != null) {
			Matcher label = LABEL.matcher(matcher.group(3));
			while (label.find()) {
				labels.put(label.group(1), label.group(2));
			}
		}
		return new Series(matcher.group(1), Map.copyOf(labels), Double.parseDouble(matcher.group(4)));
	}

	/**
	 * One series.
	 *
	 * @param name its metric name
	 * @param labels its labels
	 * @param value its value
	 */
	public record Series(String name, Map<String, String> labels, double value) {
	}

}
