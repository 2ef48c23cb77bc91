package org.demarche.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.demarche.kb.people.ParsedNames;
import org.demarche.kb.people.PersonSighting;
import org.demarche.spark.Rows.SightingRow;
import org.demarche.store.PreparedArticle;
import org.junit.jupiter.api.Test;

/** The store's identity decisions replayed in input order, as the job makes them inside one cluster. */
class IdentityResolverTest {
    private final IdentityResolver resolver = new IdentityResolver();
    private long order;

    @Test
    void aBareSurnameJoinsTheOnePersonWhoBearsIt() {
        int full = resolver.resolve(person("Rustam Belenko", "Foreign Minister"));
        assertThat(resolver.resolve(person("Belenko"))).isEqualTo(full);
    }

    @Test
    void aBareSurnameTwoPeopleBearIsNeitherButItsOwnIdentityAfterwards() {
        int bill = resolver.resolve(person("Bill Dunmore"));
        int jane = resolver.resolve(person("Jane Dunmore"));
        int bare = resolver.resolve(person("Dunmore"));
        assertThat(List.of(bill, jane, bare)).doesNotHaveDuplicates();
        // The same ambiguous name later goes to the identity displayed under it, not to a fourth one.
        assertThat(resolver.resolve(person("Dunmore"))).isEqualTo(bare);
    }

    @Test
    void conflictingFirstNamesStayApart() {
        assertThat(resolver.resolve(person("Jake Sullivan"))).isNotEqualTo(resolver.resolve(person("John Sullivan")));
    }

    @Test
    void organizationsAreOneIdentityPerFoldedName() {
        int ministry = resolver.resolve(organization("Ministry of Foreign Affairs"));
        assertThat(resolver.resolve(organization("ministry of foreign affairs"))).isEqualTo(ministry);
        assertThat(resolver.resolve(organization("Ministry of Defence"))).isNotEqualTo(ministry);
    }

    private SightingRow person(String name, String... roles) {
        PersonSighting s = new PersonSighting(name, List.of(), List.of(roles), LocalDate.of(2026, 1, 1), "Wire");
        return new SightingRow(order++, 0, "a" + order, name, List.of(), List.of(roles), s.seen(), s.outlet(), false,
                List.copyOf(ParsedNames.of(s).blockingKeys()));
    }

    private SightingRow organization(String name) {
        return new SightingRow(order++, 0, "a" + order, name, List.of(), List.of(), LocalDate.of(2026, 1, 1), "Wire",
                true, List.of(PreparedArticle.organizationKey(name)));
    }
}
