package org.demarche.kb.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFormsTest {
    @Test
    void romanisesCyrillicWithBgnAndFoldsAccents() {
        assertThat(NameForms.latin("Сергей Рябков")).isEqualTo("Sergey Ryabkov");
        assertThat(NameForms.latin("Зеленський")).isEqualTo("Zelenskiy"); // no apostrophe for the soft sign
        assertThat(NameForms.latin("  Ana   Brnabić ")).isEqualTo("Ana Brnabic");
        assertThat(NameForms.latin("Oren Vasku")).isEqualTo("Oren Vasku");
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
        assertThat(NameForms.blockingKeys("...")).isEmpty();
    }

    private static void assertSameKey(String... spellings) {
        for (String s : spellings) {
            assertThat(NameForms.key(s)).as(s).isEqualTo(NameForms.key(spellings[0]));
        }
    }
}
