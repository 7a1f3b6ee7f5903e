package dev.sharpend.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Which rules a sentence can match, from the words in it: each rule names words of which
 * every match contains one (its triggers), and a sentence is searched only by the rules
 * whose triggers it contains. Most sentences contain the triggers of two or three rules,
 * so most patterns never run on most of the text.
 */
final class Triggers {

	/** Stands for an "@" in the sentence, which handles need. */
	private static final String AT = "@";

	/** Letters and digits a trigger word may hold; other words trigger nothing. */
	private static final int ALPHABET = 36;

	private final int rules;

	private final long always;

	private final long at;

	/**
	 * The trigger words as a trie, so that a sentence's words are looked up as they are
	 * read, without making a string of each: node {@code n}'s child for character
	 * {@code c} is {@code children[n * ALPHABET + c]} (0: none), and {@code masks[n]}
	 * holds the rules whose trigger word ends at {@code n}.
	 */
	private final int[] children;

	private final long[] masks;

	private Triggers(int rules, long always, long at, int[] children, long[] masks) {
		this.rules = rules;
		this.always = always;
		this.at = at;
		this.children = children;
		this.masks = masks;
	}

	static Triggers of(List<Rule> rules) {
		if (rules.size() > Long.SIZE) {
			throw new IllegalStateException("At most " + Long.SIZE + " rules fit in a trigger mask");
		}
		long always = 0;
		long at = 0;
		Map<String, Long> byWord = new HashMap<>();
		for (int i = 0; i < rules.size(); i++) {
			long bit = 1L << i;
			if (rules.get(i).triggers().isEmpty()) {
				always |= bit;
			}
			for (String word : rules.get(i).triggers()) {
				if (word.equals(AT)) {
					at |= bit;
				}
				else if (word.chars().allMatch((c) -> index((char) c) >= 0)) {
					byWord.merge(word, bit, (a, b) -> a | b);
				}
				else {
					// A word the trie cannot hold: search every sentence rather than
					// miss.
					always |= bit;
				}
			}
		}
		int nodes = 1 + byWord.keySet().stream().mapToInt(String::length).sum();
		int[] children = new int[nodes * ALPHABET];
		long[] masks = new long[nodes];
		int used = 1;
		for (Map.Entry<String, Long> entry : byWord.entrySet()) {
			int node = 0;
			for (char c : entry.getKey().toCharArray()) {
				int slot = node * ALPHABET + index(c);
				if (children[slot] == 0) {
					children[slot] = used++;
				}
				node = children[slot];
			}
			masks[node] |= entry.getValue();
		}
		return new Triggers(rules.size(), always, at, children, masks);
	}

	/** The trie's index for a lower-case ASCII letter or digit, -1 for anything else. */
	private static int index(char c) {
		if (c >= 'a' && c <= 'z') {
			return c - 'a';
		}
		return (c >= '0' && c <= '9') ? 26 + (c - '0') : -1;
	}

	/**
	 * Calls {@code action} with the index of each rule the sentence may match, in order.
	 */
	void forEachRule(String text, Sentences.Span sentence, IntConsumer action) {
		long mask = this.always;
		int i = sentence.start();
		int end = sentence.end();
		while (i < end) {
			char c = text.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				int node = 0;
				while (i < end && Character.isLetterOrDigit(c = text.charAt(i))) {
					int index = index(c);
					int next = (node >= 0 && index >= 0) ? this.children[node * ALPHABET + index] : 0;
					node = (next == 0) ? -1 : next;
					i++;
				}
				if (node > 0) {
					mask |= this.masks[node];
				}
			}
			else {
				if (c == '@') {
					mask |= this.at;
				}
				i++;
			}
		}
		for (int rule = 0; rule < this.rules; rule++) {
			if ((mask & (1L << rule)) != 0) {
				action.accept(rule);
			}
		}
	}

}
