package org.demarche.kb.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentityMatcherTest {
    private final IdentityMatcher matcher = new IdentityMatcher();

    private static final IdentityProfile JAKE = new IdentityProfile(1, "Jake Sullivan", Set.of("Jake Sullivan"),
            Set.of("national security adviser"));
    private static final IdentityProfile JOHN = new IdentityProfile(2, "John J. Sullivan",
            Set.of("John J. Sullivan", "John Sullivan"), Set.of("Deputy Secretary of State"));

    private static PersonSighting sighting(String name, String... roles) {
        return new PersonSighting(name, List.of(), List.of(roles), null, null);
    }

    @Test
    void namesakesStayApart() {
        assertThat(matcher.best(sighting("Jake Sullivan"), List.of(JAKE, JOHN))).contains(JAKE);
        assertThat(matcher.best(sighting("John Sullivan"), List.of(JAKE, JOHN))).contains(JOHN);
        assertThat(matcher.score(sighting("Jake Sullivan"), JOHN)).isZero();
        assertThat(matcher.score(sighting("John P. Sullivan"), JOHN)).isZero();
    }

    @Test
    void anAmbiguousInitialOrBareSurnameGoesNowhereUnlessARoleDecides() {
        assertThat(matcher.best(sighting("J. Sullivan"), List.of(JAKE, JOHN))).isEmpty();
        assertThat(matcher.best(sighting("Sullivan"), List.of(JAKE, JOHN))).isEmpty();
        assertThat(matcher.best(sighting("Sullivan", "White House national security adviser"), List.of(JAKE, JOHN)))
                .contains(JAKE);
        assertThat(matcher.best(sighting("Sullivan"), List.of(JAKE))).contains(JAKE);
    }

    @Test
    void spellingsAndScriptsMeet() {
        IdentityProfile ryabkov = new IdentityProfile(3, "Sergey Ryabkov", Set.of("Sergey Ryabkov"), Set.of());
        assertThat(matcher.best(sighting("Сергей Рябков"), List.of(ryabkov))).contains(ryabkov);
        assertThat(matcher.best(sighting("Sergei Ryabkov"), List.of(ryabkov))).contains(ryabkov);
        assertThat(matcher.best(sighting("Sergei Alekseyevich Ryabkov"), List.of(ryabkov))).contains(ryabkov);
        IdentityProfile zelensky = new IdentityProfile(4, "Volodymyr Zelensky", Set.of("Volodymyr Zelenskyy"), Set.of());
        assertThat(matcher.best(sighting("Vladimir Zelenskiy"), List.of(zelensky))).contains(zelensky);
        assertThat(matcher.score(sighting("Oleksandr Zelensky"), zelensky)).isZero();
    }

    @Test
    void canonicalNamePrefersLatinFullAndFrequentForms() {
        assertThat(matcher.canonicalName(List.of("Рябков", "Ryabkov", "Sergei Ryabkov", "Sergey Ryabkov",
                "Sergey Ryabkov", "Сергей Рябков", "Сергей Рябков", "Сергей Рябков"))).isEqualTo("Sergey Ryabkov");
        assertThat(matcher.canonicalName(List.of("Vasku"))).isEqualTo("Vasku");
        assertThatThrownBy(() -> matcher.canonicalName(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one alias");
    }
}
