package org.demarche.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of an article's text, as an ISO 639-1 code ("en", "ru", "fr"). Apache OpenNLP's language
 * detector (its Maven-hosted model of 103 languages, read from the classpath once per JVM) decides, reading at
 * most {@link #MODEL_PREFIX} characters: a few paragraphs are as telling as a whole article and cost a fixed time.
 * Before it, one pass over the first {@link #PREFIX} characters settles the common cases for nothing: Russian by
 * its alphabet, English by its most frequent words; the model decides the rest. A text with too few letters to
 * tell keeps the guess from its script ("ru" when Cyrillic letters outnumber Latin ones, else "en"). Stateless
 * and deterministic, so one instance serves every thread.
 */
public final class LanguageDetector {
    /** Characters of the text read for the cheap evidence. */
    static final int PREFIX = 600;
    /** Characters the model reads: its cost grows with them (about 0.35 ms for 300, 0.65 ms for 600). */
    static final int MODEL_PREFIX = 300;
    /** Fewer letters than this leave the script guess standing: the model is unreliable on a few words. */
    static final int MIN_LETTERS = 40;

    private static final LanguageDetector INSTANCE = new LanguageDetector();

    /** The shared detector. Its model loads on the first detection, not before. */
    public static LanguageDetector get() {
        return INSTANCE;
    }

    private LanguageDetector() {
    }

    /**
     * A declared language tag as this detector would answer: its primary subtag in lower case, in ISO 639-1 where
     * there is a two-letter code ("ru-RU", "ru_RU", "RUS" give "ru"); null for no tag or one that is not a
     * language code ("Russian"), so that the text decides.
     */
    public static String fromTag(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        if (!primary.matches("[a-z]{2,3}")) {
            return null;
        }
        return primary.length() == 3 ? Codes.TWO_LETTER.getOrDefault(primary, primary) : primary;
    }

    /** The language of {@code text}: a two-letter code where ISO 639-1 has one, else the model's three-letter code. */
    public String detect(String text) {
        int end = prefixEnd(text, PREFIX);
        Evidence evidence = Evidence.of(text, end);
        if (evidence.letters < MIN_LETTERS) {
            return evidence.cyrillic > evidence.latin ? "ru" : "en";
        }
        if (evidence.isConclusivelyRussian()) {
            return "ru";
        }
        if (evidence.isConclusivelyEnglish()) {
            return "en";
        }
        Language best = Model.DETECTOR.predictLanguage(text.subSequence(0, prefixEnd(text, MODEL_PREFIX)));
        return Codes.TWO_LETTER.getOrDefault(best.getLang(), best.getLang());
    }

    /** Where the first {@code max} characters of {@code text} end, never inside a surrogate pair. */
    private static int prefixEnd(String text, int max) {
        int end = Math.min(text.length(), max);
        return end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }

    /**
     * What one pass over the prefix tells without the model. Most articles settle here, which keeps detection
     * nearly free: the model costs about as much as a quarter of the whole pipeline.
     */
    private record Evidence(int letters, int latin, int cyrillic, int nonRussianCyrillic, boolean yeru, int words,
                            int englishWords) {
        /**
         * Words frequent in any English text and absent from other languages' running text (German "die", French
         * "de", Dutch "van"... share none of them).
         */
        private static final java.util.Set<String> ENGLISH_MARKERS = java.util.Set.of("the", "and", "of", "that",
                "said", "was", "with", "which", "would", "have", "has", "were", "this");
        /** Letters of Cyrillic alphabets other than Russian's: і ї є ґ ў (Ukrainian, Belarusian), ә ө ү ң қ ғ һ... */
        private static final String RUSSIAN_ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

        static Evidence of(String text, int end) {
            int letters = 0;
            int latin = 0;
            int cyrillic = 0;
            int nonRussian = 0;
            boolean yeru = false;
            int words = 0;
            int english = 0;
            int wordStart = -1;
            for (int i = 0; i <= end; i++) {
                char c = i < end ? text.charAt(i) : ' ';
                if (Character.isLetter(c)) {
                    letters++;
                    if (wordStart < 0) {
                        wordStart = i;
                    }
                    if (c >= '\u0400' && c <= '\u04ff') {
                        cyrillic++;
                        char lower = Character.toLowerCase(c);
                        yeru |= lower == '\u044b';
                        if (RUSSIAN_ALPHABET.indexOf(lower) < 0) {
                            nonRussian++;
                        }
                    } else if (c < '\u0250') {
                        latin++;
                    }
                } else if (wordStart >= 0) {
                    words++;
                    if (i - wordStart <= 5 && ENGLISH_MARKERS.contains(text.substring(wordStart, i).toLowerCase(java.util.Locale.ROOT))) {
                        english++;
                    }
                    wordStart = -1;
                }
            }
            return new Evidence(letters, latin, cyrillic, nonRussian, yeru, words, english);
        }

        /** Cyrillic letters only of the Russian alphabet, with ы (which Ukrainian, Bulgarian, Serbian lack). */
        boolean isConclusivelyRussian() {
            return cyrillic >= letters * 0.9 && nonRussianCyrillic == 0 && yeru;
        }

        /** Latin letters, and English marker words at least one word in sixteen (English prose runs above one in six). */
        boolean isConclusivelyEnglish() {
            return latin >= letters * 0.9 && englishWords >= 4 && englishWords * 16 >= words;
        }
    }

    /** The model, loaded once on first use (the holder idiom: thread-safe, lazy, no lock). */
    private static final class Model {
        private static final String RESOURCE = "/langdetect-183.bin";
        static final LanguageDetectorME DETECTOR = new LanguageDetectorME(load());

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageDetector.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + RESOURCE + " is missing from the classpath"
                            + " (it comes with org.apache.opennlp:opennlp-models-langdetect)");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read language model " + RESOURCE, e);
            }
        }
    }

    /** ISO 639-3 (the model's outcomes, some declared tags) to ISO 639-1, built on first use without the model. */
    private static final class Codes {
        static final Map<String, String> TWO_LETTER = twoLetterCodes();

        private static Map<String, String> twoLetterCodes() {
            Map<String, String> codes = new HashMap<>();
            for (String code : Locale.getISOLanguages()) {
                String threeLetter = Locale.of(code).getISO3Language();
                if (!threeLetter.isEmpty()) {
                    codes.put(threeLetter, code);
                }
            }
            return Map.copyOf(codes);
        }
    }
}
