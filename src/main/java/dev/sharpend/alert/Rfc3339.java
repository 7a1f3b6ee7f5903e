package dev.sharpend.alert;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads RFC 3339 times as {@link OffsetDateTime#parse} does. Every alert carries one or
 * two, and the general parser was a tenth of intake's time: the usual shape
 * ({@code 2026-11-24T08:00:00[.fraction](Z|+hh:mm)}) is read by hand, anything else by
 * the general parser.
 */
final class Rfc3339 {

	private Rfc3339() {
	}

	/** The time, or null when the text is not an RFC 3339 time. */
	static Instant parse(String text) {
		Instant fast = usual(text);
		if (fast != null) {
			return fast;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Instant usual(String s) {
		int n = s.length();
		if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
				|| s.charAt(16) != ':') {
			return null;
		}
		int hour = digits(s, 11, 2);
		int minute = digits(s, 14, 2);
		int second = digits(s, 17, 2);
		if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
			return null;
		}
		int i = 19;
		int nanos = 0;
		if (s.charAt(i) == '.') {
			int from = ++i;
			while (i < n && i - from < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
				nanos = nanos * 10 + (s.charAt(i++) - '0');
			}
			if (i == from || i - from > 9) {
				return null;
			}
			for (int d = i - from; d < 9; d++) {
				nanos *= 10;
			}
		}
		int offset = offset(s, i);
		long day = epochDay(s);
		if (offset == Integer.MIN_VALUE || day == Long.MIN_VALUE) {
			return null;
		}
		return Instant.ofEpochSecond(day * 86_400 + hour * 3600 + minute * 60 + second - offset, nanos);
	}

	/** Seconds east of UTC of a "Z" or "+hh:mm" that ends the text, or MIN_VALUE. */
	private static int offset(String s, int i) {
		if (i == s.length() - 1 && s.charAt(i) == 'Z') {
			return 0;
		}
		if (i != s.length() - 6 || (s.charAt(i) != '+' && s.charAt(i) != '-') || s.charAt(i + 3) != ':') {
			return Integer.MIN_VALUE;
		}
		int hours = digits(s, i + 1, 2);
		int minutes = digits(s, i + 4, 2);
		if (hours < 0 || hours > 17 || minutes < 0 || minutes > 59) {
			return Integer.MIN_VALUE;
		}
		int seconds = hours * 3600 + minutes * 60;
		return (s.charAt(i) == '-') ? -seconds : seconds;
	}

	private static long epochDay(String s) {
		int year = digits(s, 0, 4);
		int month = digits(s, 5, 2);
		int day = digits(s, 8, 2);
		if (year < 0 || month < 0 || day < 0) {
			return Long.MIN_VALUE;
		}
		try {
			return LocalDate.of(year, month, day).toEpochDay();
		}
		catch (DateTimeException ex) {
			return Long.MIN_VALUE;
		}
	}

	private static int digits(String s, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
		}
		return value;
	}

}
