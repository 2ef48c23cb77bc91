package org.demarche.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianCasesTest {
    @Test
    void undoesTheCaseEndingsOfSurnamesAndGivenNames() {
        assertThat(RussianCases.nominatives("Рябкова")).startsWith("Рябкова").contains("Рябков");
        assertThat(RussianCases.nominatives("Рябкову")).contains("Рябков");
        assertThat(RussianCases.nominatives("Рябковым")).contains("Рябков");
        assertThat(RussianCases.nominatives("Маковского")).contains("Маковский");
        assertThat(RussianCases.nominatives("Маковским")).contains("Маковский");
        assertThat(RussianCases.nominatives("Грачёвой")).contains("Грачёва");
        assertThat(RussianCases.nominatives("Алексея")).contains("Алексей");
        assertThat(RussianCases.nominatives("Игоря")).contains("Игорь");
        assertThat(RussianCases.nominatives("Марины")).contains("Марина");
        assertThat(RussianCases.nominatives("постпреда")).contains("постпред");
    }

    @Test
    void aWordInTheNominativeComesFirstAndShortWordsStayWhole() {
        assertThat(RussianCases.nominatives("Рябков")).first().isEqualTo("Рябков");
        assertThat(RussianCases.nominatives("Ли")).containsExactly("Ли");
    }

    @Test
    void tellsWomensSurnames() {
        assertThat(RussianCases.isFeminineSurname("Грачёва")).isTrue();
        assertThat(RussianCases.isFeminineSurname("Зимина")).isTrue();
        assertThat(RussianCases.isFeminineSurname("Маковская")).isTrue();
        assertThat(RussianCases.isFeminineSurname("Рябков")).isFalse();
        assertThat(RussianCases.isFeminineSurname("Маковский")).isFalse();
    }
}
