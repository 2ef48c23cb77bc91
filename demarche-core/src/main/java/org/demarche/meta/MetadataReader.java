package org.demarche.meta;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.article.Dateline;
import org.demarche.article.RawArticle;
import org.demarche.article.Span;
import org.demarche.pipeline.Document;
import org.demarche.text.Lines;

/**
 * Reads an article's metadata from its own text, preferring what the input record already states:
 * <ul>
 *   <li>the title: the first line that is not boilerplate, when it is shaped like a headline; none when the
 *       article opens straight with prose or a dateline;</li>
 *   <li>the dateline ("MOSCOW, February 9. /TASS/.", "TEHRAN (FNA)-", "LONDON, Jan 5 (Reuters) -",
 *       "UNITED NATIONS —"; see {@link Datelines}) with its place, its date as written and that date resolved
 *       to a calendar day: a year-less date against the publication date, else the input's reference date;</li>
 *   <li>the publication date: a date stamp among the first lines ("2022-January-13 19:46",
 *       "12:55 - 29/11/2023 Wednesday", "2023-11-29", "Nov. 29, 2023", "29 November 2023"), else a dateline
 *       date that states its year;</li>
 *   <li>the outlet: the agency named in the dateline.</li>
 * </ul>
 * Lines marked as boilerplate are never a title or a dateline; date stamps are read from them. Stateless.
 */
public final class MetadataReader {
    /** How far into the text the headline, stamps and dateline are looked for. */
    private static final int HEAD_LINES = 30;
    /** The dateline opens one of the first prose paragraphs; the search stops after this many without one. */
    private static final int PROSE_PARAGRAPHS_BEFORE_DATELINE = 3;
    private static final Pattern UPDATED = Pattern.compile("(?iu)\\b(?:updated|modified|edited|обновлено)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*");
    /** Reporting in the past tense belongs to a lead sentence; a headline says "says". */
    private static final Pattern SAID = Pattern.compile("\\b(?:said|told|added|stated)\\b");
    /** Words of four or more letters that title case leaves in lower case. */
    private static final java.util.Set<String> MINOR_WORDS = java.util.Set.of("from", "with", "into", "onto", "upon", "over",
            "than", "that", "through", "where", "when", "about", "after", "before", "under", "without", "against",
            "between", "during", "within", "amid", "until", "while", "like", "near", "past", "since", "toward",
            "towards", "across", "along", "around", "behind", "beyond", "despite", "inside", "outside", "per", "via",
            "versus");

    public ArticleMetadata read(Document doc, RawArticle raw) {
        Lines lines = doc.lines();
        boolean[] boilerplate = doc.boilerplateLines();
        int titleLine = raw.title() != null ? -1 : findTitleLine(lines, boilerplate);
        String title = raw.title() != null ? raw.title() : titleLine >= 0 ? lines.text(titleLine).strip() : null;

        DateStamps.Found given = raw.published() == null ? null : DateStamps.find(raw.published());
        LocalDate published = given == null ? null : given.date();
        if (published == null) {
            published = publishedFromStamps(lines, boilerplate, titleLine);
        }

        Dateline dateline = null;
        String outlet = raw.outlet();
        int datelineLine = findDatelineLine(lines, boilerplate, titleLine);
        if (datelineLine >= 0) {
            Datelines.Match match = Datelines.match(lines.text(datelineLine));
            LocalDate reference = published != null ? published : plausible(raw.referenceDate());
            LocalDate resolved = Datelines.resolve(match.date(), reference);
            int start = lines.start(datelineLine) + match.start();
            int end = lines.start(datelineLine) + match.end();
            dateline = new Dateline(match.place(), match.date(), resolved, Span.of(doc.text(), start, end));
            if (outlet == null) {
                outlet = match.outlet();
            }
            if (published == null) {
                published = Datelines.explicitDate(match.date());
            }
        }
        return new ArticleMetadata(title, titleLine, dateline, published, outlet);
    }

    /**
     * The reader's reference date when it is a day of the years 1 to 9999, else null: a date far outside them is a
     * mistake (a mistyped option, a corrupt crawl record), and resolving dates around it would run off the calendar.
     */
    private static LocalDate plausible(LocalDate reference) {
        return reference != null && reference.getYear() >= 1 && reference.getYear() <= 9999 ? reference : null;
    }

    /** The line that opens with a dateline: searched until a few prose paragraphs have gone by without one. */
    private static int findDatelineLine(Lines lines, boolean[] boilerplate, int titleLine) {
        int prose = 0;
        for (int line = 0; line < lines.size() && line < HEAD_LINES; line++) {
            if (line == titleLine || boilerplate[line] || lines.isBlank(line)) {
                continue;
            }
            String text = lines.text(line);
            if (Datelines.match(text) != null) {
                return line;
            }
            if (isProseParagraph(text) && ++prose >= PROSE_PARAGRAPHS_BEFORE_DATELINE) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The publication date from a stamp among the first lines: a line holding a full date and few other words
     * ("Published: 29 November 2023", "12:55 - 29/11/2023 Wednesday"). A stamp marked "Updated" only counts
     * when there is no other.
     */
    private static LocalDate publishedFromStamps(Lines lines, boolean[] boilerplate, int titleLine) {
        LocalDate updated = null;
        int prose = 0;
        for (int line = 0; line < lines.size() && line < HEAD_LINES; line++) {
            if (line == titleLine || lines.isBlank(line)) {
                continue;
            }
            String text = lines.text(line);
            if (!boilerplate[line] && isProseParagraph(text) && ++prose > PROSE_PARAGRAPHS_BEFORE_DATELINE) {
                break;
            }
            if (words(text) > 20) {
                continue;
            }
            DateStamps.Found found = DateStamps.find(text);
            if (found == null || wordsOutside(text, found) > 6) {
                continue;
            }
            if (!UPDATED.matcher(text).find()) {
                return found.date();
            }
            if (updated == null) {
                updated = found.date();
            }
        }
        return updated;
    }

    private static int wordsOutside(String text, DateStamps.Found found) {
        return words(text.substring(0, found.start())) + words(text.substring(found.end()));
    }

    /**
     * The headline: the first line that is not boilerplate, when it reads as one. A line of up to 30 words is a
     * headline when it is unpunctuated, in title case, or followed by a dateline paragraph; a short sentence (up
     * to 18 words, no quote marks, no "said", no "on Tuesday" or other day) is one only when a blank line follows it. A dateline or a longer
     * sentence means the article starts straight with prose: no title. A one-paragraph text has none.
     */
    static int findTitleLine(Lines lines, boolean[] boilerplate) {
        for (int line = 0; line < lines.size() && line < HEAD_LINES; line++) {
            if (lines.isBlank(line) || boilerplate[line]) {
                continue;
            }
            String text = lines.text(line).strip();
            int next = nextContentLine(lines, boilerplate, line);
            if (next < 0 || Datelines.match(text) != null) {
                return -1;
            }
            return isHeadline(text, lines, line, next) ? line : -1;
        }
        return -1;
    }

    private static boolean isHeadline(String text, Lines lines, int line, int next) {
        int words = words(text);
        if (words < 2 || words > 30 || text.length() < 8) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        if (last == ':' || last == ',' || last == ';') {
            return false;
        }
        if (!endsSentence(text)) {
            return true;
        }
        if (isTitleCase(text) && words <= 25) {
            return true;
        }
        if (Datelines.match(lines.text(next)) != null) {
            return true;
        }
        boolean blankAfter = line + 1 < lines.size() && lines.isBlank(line + 1);
        return words <= 18 && blankAfter && !hasQuoteMark(text) && !SAID.matcher(text).find()
                && RelativeDates.findAll(text, 0, text.length(), null).isEmpty();
    }

    private static int nextContentLine(Lines lines, boolean[] boilerplate, int line) {
        for (int i = line + 1; i < lines.size(); i++) {
            if (!lines.isBlank(i) && !boilerplate[i]) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isProseParagraph(String text) {
        return words(text) >= 15 && endsSentence(text.strip());
    }

    private static boolean endsSentence(String s) {
        int i = s.length() - 1;
        while (i > 0 && (s.charAt(i) == ')' || s.charAt(i) == '"' || s.charAt(i) == '\u201d' || s.charAt(i) == '\u2019'
                || s.charAt(i) == '\'' || s.charAt(i) == '\u00bb')) {
            i--;
        }
        char c = s.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002' || c == '\uff01' || c == '\uff1f'
                || c == '\u0964' || c == '\u06d4' || c == '\u061f';
    }

    private static boolean hasQuoteMark(String s) {
        return s.indexOf('"') >= 0 || s.indexOf('\u201c') >= 0 || s.indexOf('\u201d') >= 0 || s.indexOf('\u00ab') >= 0;
    }

    /** Every word of four or more letters but the minor ones is capitalised, and there are at least three. */
    static boolean isTitleCase(String text) {
        int long_ = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (w.codePoints().filter(Character::isLetter).count() < 4 || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            if (MINOR_WORDS.contains(w)) {
                continue;
            }
            long_++;
            if (!Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return long_ >= 3;
    }

    /** How many words {@code text} holds: runs that start with a letter or digit ("U.S.", "Russia's" count once). */
    static int words(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                n += inWord ? 0 : 1;
                inWord = true;
            } else if (!(inWord && (c == '\'' || c == '\u2019' || c == '.' || c == '-'))) {
                inWord = false;
            }
        }
        return n;
    }
}
