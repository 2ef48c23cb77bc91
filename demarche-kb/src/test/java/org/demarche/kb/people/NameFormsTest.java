package org.demarche.kb.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFormsTest {
    @Test
    void romanisesCyrillicWithBgnAndFoldsAccents() {
        assertThat(NameForms.latin("Сергей Рябков")).isEqualTo("Sergey Ryabkov");
        assertThat(NameForms.latin("Полянский")).isEqualTo("Polyanskiy");
        assertThat(NameForms.latin("  Ana   Brnabić ")).isEqualTo("Ana Brnabic");
        assertThat(NameForms.latin("Oren Vasku")).isEqualTo("Oren Vasku");
        // Ukrainian spelling (the soft sign of -ський, or і, ї, є, ґ) is read with the Ukrainian BGN table
        assertThat(NameForms.latin("Володимир Зеленський")).isEqualTo("Volodymyr Zelenskyy");
        assertThat(NameForms.latin("Ігор Клименко")).isEqualTo("Ihor Klymenko");
        assertThat(NameForms.latin("Владимир Зеленский")).isEqualTo("Vladimir Zelenskiy");
    }

    @Test
    void spellingVariantsShareAKey() {
        assertSameKey("Polyansky", "Polyanskiy", "Polianskiy", "Полянский");
        assertSameKey("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenski", "Зеленский");
        assertSameKey("Nebenzia", "Nebenzya", "Небензя");
        assertSameKey("Yermak", "Ermak", "Ермак");
        assertSameKey("Ryabkov", "Рябков");
        assertSameKey("Sergey", "Sergei", "Сергей");
        assertSameKey("Vassily", "Vasily", "Василий");
        assertSameKey("Smirnoff", "Smirnov");
        assertSameKey("Aleksandrov", "Alexandrov");
        assertThat(NameForms.key("Sullivan")).isNotEqualTo(NameForms.key("Sullenberg"));
        assertThat(NameForms.key("Lavrov")).isNotEqualTo(NameForms.key("Lavrin"));
    }

    @Test
    void blockingKeysComeFromTheSurname() {
        assertThat(NameForms.blockingKeys("Deputy Minister Sergey Ryabkov")).containsExactly("ryabkov");
        assertThat(NameForms.blockingKeys("Сергей Рябков")).containsExactly("ryabkov");
        assertThat(NameForms.blockingKeys("John J. Sullivan Jr.")).containsExactly("sulivan");
        assertThat(NameForms.blockingKeys("Ilse Brandt-Okafor")).containsExactly("brandtokafor", "brandt", "okafor");
        assertThat(NameForms.blockingKeys("Ursula von der Leyen")).containsExactly(NameForms.key("Leyen"));
        assertThat(NameForms.blockingKeys("...")).isEmpty();
    }

    private static void assertSameKey(String... spellings) {
        for (String s : spellings) {
            assertThat(NameForms.key(s)).as(s).isEqualTo(NameForms.key(spellings[0]));
        }
    }
}
