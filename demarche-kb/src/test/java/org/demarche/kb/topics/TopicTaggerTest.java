package org.demarche.kb.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TopicTaggerTest {
    private final TopicTagger tagger = new TopicTagger(Taxonomy.defaults());

    @Test
    void tagsWholeWordsWithCapitalsAndPlurals() {
        assertThat(tagger.topics("Kessia wants to revive the INF Treaty.")).containsExactly("Arms control");
        assertThat(tagger.topics("We shared information about the inflation.")).isEmpty();
        assertThat(tagger.topics("This is a new start for our relations.")).isEmpty();
        assertThat(tagger.topics("Orlen will extend New START and discuss Nato's expansion.")).containsExactly(
                "NATO enlargement", "Arms control");
        assertThat(tagger.topics("The new sanctions and the treaties on security guarantees"))
                .containsExactly("Security guarantees", "Sanctions");
        assertThat(tagger.topics("Orlen sanctioned two banks after the anti-missile test")).containsExactly(
                "Missile defence", "Sanctions");
        assertThat(tagger.topics("SWIFT")).containsExactly("Sanctions");
        assertThat(tagger.topics("a swift reply")).isEmpty();
    }

    @Test
    void readsAndExtendsAUserTaxonomy() {
        Taxonomy own = Taxonomy.read(new StringReader("# mine\n[Arms control]\nVarnish treaty\n\n[Fisheries]\ncod*\n"));
        TopicTagger extended = new TopicTagger(Taxonomy.defaults().extendedWith(own));
        assertThat(extended.topics("The Varnish Treaty and the cod quotas")).containsExactly("Arms control", "Fisheries");
        assertThat(new TopicTagger(own).topics("New START")).isEmpty();
        assertThat(Taxonomy.defaults().extendedWith(own).names()).endsWith("Fisheries");
        assertThat(Taxonomy.read(new StringReader("\uFEFF[Fisheries]\r\ncod*\r\n")).topics())
                .containsExactly(new Topic("Fisheries", java.util.List.of("cod*")));
    }

    @Test
    void badTaxonomyLinesAreNamed() {
        assertThatThrownBy(() -> Taxonomy.read(new StringReader("arms\n"))).hasMessage(
                "taxonomy line 1: the phrase 'arms' comes before any '[Topic name]' line");
        assertThatThrownBy(() -> Taxonomy.read(new StringReader("[A]\nok\n[B\n"))).hasMessageStartingWith("taxonomy line 3:");
        assertThatThrownBy(() -> Taxonomy.read(new StringReader("[A]\nn*\n"))).hasMessageContaining("too short a stem");
    }
}
