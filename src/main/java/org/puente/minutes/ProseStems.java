package org.puente.minutes;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.puente.i18n.TextFolding;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The stems of a sentence's words, as word features of the prose model ({@code s:es:aprob}): a verb's forms ("aprobó",
 * "aprobaron", "aprobada"; "a décidé", "décide", "décidées") share one stem, so a weight learned on one form carries to
 * the others, which the folded words of {@link ScoringWords} could not. The stems of the first {@link #OPENING}
 * words are read a second time as the sentence's opening ({@code o:fr:decid}): "Se aprobó …" opens as a decision, "…
 * y se aprobó la compra después" tells it in passing. Snowball's stemmers of the document's language
 * (Lucene's {@code lucene-analysis-common}, in the jar), the word lowercased with its accents (Snowball reads them),
 * the stem then folded. Only the first {@link ScoringWords#LONGEST} characters are read.
 */
final class ProseStems {

	/* Snowball's stemmers keep the word they stem: one of each per thread. */
	private static final ThreadLocal<SnowballStemmer[]> STEMMERS = ThreadLocal
		.withInitial(() -> new SnowballStemmer[] { new SpanishStemmer(), new EnglishStemmer(),
			new PortugueseStemmer(), new FrenchStemmer() });

	/** How many first words are also read as the sentence's opening ({@code o:es:se}, {@code o:es:aprob}). */
	static final int OPENING = 3;

	private ProseStems() {
	}

	/**
	 * The stem of one lower-cased word (accents kept: Snowball reads them) by the stemmer of the language, an index in
	 * {@link org.puente.i18n.Language#CODES} ({@link ToldClauses} reads a verb's form from what the stem leaves).
	 */
	static String stem(String word, int language) {
		SnowballStemmer stemmer = STEMMERS.get()[language];
		stemmer.setCurrent(word);
		stemmer.stem();
		return stemmer.getCurrent();
	}

	/** The stem features of the text in the language (es, en, pt, fr; another is read as Spanish), each once. */
	static Set<String> of(String text, String language) {
		int index = Math.max(0, org.puente.i18n.Language.CODES.indexOf(language));
		SnowballStemmer stemmer = STEMMERS.get()[index];
		String prefix = "s:" + org.puente.i18n.Language.CODES.get(index) + ":";
		String lower = (text.length() > ScoringWords.LONGEST ? text.substring(0, ScoringWords.LONGEST) : text)
			.toLowerCase(Locale.ROOT);
		Set<String> stems = new LinkedHashSet<>();
		String opening = "o:" + org.puente.i18n.Language.CODES.get(index) + ":";
		int count = 0;
		for (String word : ScoringWords.words(lower)) {
			stemmer.setCurrent(word);
			stemmer.stem();
			String stem = TextFolding.fold(stemmer.getCurrent());
			stems.add(prefix + stem);
			if (count++ < OPENING) {
				stems.add(opening + stem);
			}
		}
		return stems;
	}
}
