package org.demarche.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.demarche.meta.RelativeDates.Match;
import org.demarche.meta.RelativeDates.Precision;
import org.demarche.meta.RelativeDates.Resolved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeDatesTest {
    /** A Thursday. */
    private static final LocalDate THURSDAY = LocalDate.of(2030, 2, 14);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "on Wednesday | 2030-02-13",
            "Wednesday | 2030-02-13",
            "on Thursday | 2030-02-14",
            "Thursday night | 2030-02-14",
            "on Friday | 2030-02-08",
            "earlier on Monday | 2030-02-11",
            "Monday's | 2030-02-11",
            "this Tuesday | 2030-02-12",
            "last Tuesday | 2030-02-12",
            "last Thursday | 2030-02-07",
            "this past Sunday | 2030-02-10",
            "next Monday | 2030-02-18",
            "next Thursday | 2030-02-21",
            "yesterday | 2030-02-13",
            "late yesterday | 2030-02-13",
            "last night | 2030-02-13",
            "the day before yesterday | 2030-02-12",
            "today | 2030-02-14",
            "earlier today | 2030-02-14",
            "this morning | 2030-02-14",
            "tonight | 2030-02-14",
            "tomorrow | 2030-02-15",
            "two days ago | 2030-02-12",
            "3 days ago | 2030-02-11",
            "a day ago | 2030-02-13",
            "on January 12 | 2030-01-12",
            "January 12 | 2030-01-12",
            "on Jan. 12 | 2030-01-12",
            "12 January | 2030-01-12",
            "on the 12th of January | 2030-01-12",
            "on February 20 | 2030-02-20",
            "on December 30 | 2029-12-30",
            "January 12, 2022 | 2022-01-12",
            "12 January 2022 | 2022-01-12",
            "2022-01-12 | 2022-01-12",
            "On Wednesday, | 2030-02-13",
            "ON WEDNESDAY | 2030-02-13",
    })
    void resolvesDayExpressions(String expression, LocalDate expected) {
        assertThat(RelativeDates.resolve(expression, THURSDAY)).as(expression).contains(new Resolved(expected, Precision.DAY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "earlier this week | 2030-02-11 | WEEK",
            "this week | 2030-02-11 | WEEK",
            "last week | 2030-02-04 | WEEK",
            "late last week | 2030-02-04 | WEEK",
            "next week | 2030-02-18 | WEEK",
            "two weeks ago | 2030-01-28 | WEEK",
            "earlier this month | 2030-02-01 | MONTH",
            "last month | 2030-01-01 | MONTH",
            "three months ago | 2029-11-01 | MONTH",
            "in January | 2030-01-01 | MONTH",
            "in November | 2029-11-01 | MONTH",
            "in May | 2030-05-01 | MONTH",
            "in March 2022 | 2022-03-01 | MONTH",
    })
    void resolvesWeeksAndMonthsToTheirFirstDay(String expression, LocalDate expected, Precision precision) {
        assertThat(RelativeDates.resolve(expression, THURSDAY)).as(expression).contains(new Resolved(expected, precision));
    }

    @Test
    void aWeekdayOnTheReferenceDayIsThatDayAndTheYearTurnsBackwards() {
        LocalDate newYear = LocalDate.of(2031, 1, 1); // a Wednesday
        assertThat(RelativeDates.resolve("on Wednesday", newYear)).contains(new Resolved(newYear, Precision.DAY));
        assertThat(RelativeDates.resolve("on Friday", newYear)).contains(new Resolved(LocalDate.of(2030, 12, 27), Precision.DAY));
        assertThat(RelativeDates.resolve("on December 30", newYear)).contains(new Resolved(LocalDate.of(2030, 12, 30), Precision.DAY));
        assertThat(RelativeDates.resolve("on January 3", LocalDate.of(2030, 12, 29)))
                .as("a date just after a year-end reference is the coming one")
                .contains(new Resolved(LocalDate.of(2031, 1, 3), Precision.DAY));
    }

    @Test
    void aWeekdayWrittenWithADatePicksAmongTheNearbyYears() {
        LocalDate midsummer = LocalDate.of(2030, 7, 1);
        // 12 January is a Saturday in 2030 and a Sunday in 2031.
        assertThat(RelativeDates.resolve("Saturday, January 12", midsummer)).contains(new Resolved(LocalDate.of(2030, 1, 12), Precision.DAY));
        assertThat(RelativeDates.resolve("Sunday, January 12", midsummer)).contains(new Resolved(LocalDate.of(2031, 1, 12), Precision.DAY));
        assertThat(RelativeDates.resolve("on January 12", midsummer)).contains(new Resolved(LocalDate.of(2030, 1, 12), Precision.DAY));
    }

    @Test
    void withoutAReferenceOnlyDatesWithAYearResolve() {
        assertThat(RelativeDates.resolve("on Wednesday", null)).isEmpty();
        assertThat(RelativeDates.resolve("yesterday", null)).isEmpty();
        assertThat(RelativeDates.resolve("on January 12", null)).isEmpty();
        assertThat(RelativeDates.resolve("January 12, 2022", null)).contains(new Resolved(LocalDate.of(2022, 1, 12), Precision.DAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Wednesday talks were tense", "the talks", "February 30", "on 31 April", "2022-13-01",
            "sometime", "Wednesday and Thursday"})
    void anythingElseIsNotOneExpression(String text) {
        assertThat(RelativeDates.resolve(text, THURSDAY)).as(text).isEmpty();
    }

    @Test
    void findsExpressionsInACharacterRangeWithOffsetsIntoTheWholeText() {
        String text = "Minister Ada Pell said on Wednesday that talks held on January 10 had failed. "
                + "She will travel to Karsk next week.";
        int sentenceEnd = text.indexOf('.') + 1;
        List<Match> all = RelativeDates.findAll(text, 0, sentenceEnd, THURSDAY);
        assertThat(all).extracting(Match::text).containsExactly("on Wednesday", "on January 10");
        assertThat(all).extracting(Match::date).containsExactly(LocalDate.of(2030, 2, 13), LocalDate.of(2030, 1, 10));
        for (Match m : all) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        Match week = RelativeDates.find(text, sentenceEnd, text.length(), THURSDAY).orElseThrow();
        assertThat(week.text()).isEqualTo("next week");
        assertThat(week.precision()).isEqualTo(Precision.WEEK);
        assertThat(week.date()).isEqualTo(LocalDate.of(2030, 2, 18));
    }

    @Test
    void nearestPicksTheExpressionClosestToTheCue() {
        String text = "On Tuesday the envoy arrived in Karsk, and on Wednesday she said the border would stay shut.";
        int cue = text.indexOf("said");
        assertThat(RelativeDates.nearest(text, 0, text.length(), cue, THURSDAY)).get()
                .extracting(Match::text, Match::date).containsExactly("on Wednesday", LocalDate.of(2030, 2, 13));
        String before = "On Tuesday, the envoy said the border would stay shut.";
        assertThat(RelativeDates.nearest(before, 0, before.length(), before.indexOf("said"), THURSDAY)).get()
                .extracting(Match::text).isEqualTo("On Tuesday");
    }

    @Test
    void theRangeLimitsTheSearchButWordsAtItsEdgesAreReadWhole() {
        String text = "Talks on Wednesday failed; yesterday Pell spoke.";
        int semicolon = text.indexOf(';');
        assertThat(RelativeDates.findAll(text, semicolon, text.length(), THURSDAY)).extracting(Match::text)
                .containsExactly("yesterday");
        assertThat(RelativeDates.findAll(text, text.indexOf("Wednesday") + 3, semicolon, THURSDAY)).isEmpty();
    }

    @Test
    void aWeekdayAndADateTogetherAreOneExpression() {
        String text = "The talks opened on Wednesday, February 13, in Port Aven.";
        assertThat(RelativeDates.findAll(text, 0, text.length(), THURSDAY)).singleElement()
                .extracting(Match::text, Match::date).containsExactly("on Wednesday, February 13", LocalDate.of(2030, 2, 13));
    }

    @Test
    void withoutAReferenceExpressionsAreFoundButNotResolved() {
        String text = "Pell said on Wednesday that the crossing would reopen.";
        Match m = RelativeDates.find(text, 0, text.length(), null).orElseThrow();
        assertThat(m.text()).isEqualTo("on Wednesday");
        assertThat(m.date()).isNull();
        assertThat(m.resolved()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Pell told the Sunday Times the border would stay shut.",
            "Pell told the Mail on Sunday the border would stay shut.",
            "The offices close for Good Friday as usual.",
            "Pell won the Super Tuesday primaries in Veloria.",
            "They may march 12 km to the border.",
            "The may 5 proposal is lower-case and no date.",
            "Prices rose for a few days.",
    })
    void namesAndLowerCaseWordsAreNoDays(String text) {
        assertThat(RelativeDates.findAll(text, 0, text.length(), THURSDAY)).as(text).isEmpty();
    }
}
