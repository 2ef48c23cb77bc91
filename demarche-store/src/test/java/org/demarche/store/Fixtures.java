package org.demarche.store;

import org.demarche.article.RawArticle;

/** Invented articles about fictional countries and officials, written for these tests. */
final class Fixtures {
    private Fixtures() {
    }

    static final String BARGAIN = "We will not bargain away our security for a handful of promises";

    /** Varnia's foreign minister, first reported by the Northern Courier. */
    static RawArticle courier() {
        return article("courier-1", "https://courier.example/varnia-talks", "Northern Courier", "2026-03-02", """
                Varnia rejects new sanctions

                VELDRA, March 2 (Northern Courier) - Varnia's Foreign Minister Oren Vasku said on Monday that his \
                country would never accept new sanctions from the Ostmark bloc.

                "%s," Vasku told reporters in Veldra.

                Deputy Foreign Minister Lida Marrow said the arms control talks with Ostmark would resume next month.
                """.formatted(BARGAIN));
    }

    /** The same quotation carried a day later by another outlet, with curly quote marks. */
    static RawArticle gazette() {
        return article("gazette-7", "https://gazette.example/2026/03/03/vasku", "Ostmark Gazette", "2026-03-03", """
                Vasku hardens tone before summit

                Oren Vasku, the foreign minister of Varnia, struck a defiant note ahead of the summit in Kessel.

                “%s,” Vasku said on Tuesday.

                Ostmark's chancellor Ada Brenner said her government was ready to discuss nuclear weapons limits.
                """.formatted(BARGAIN));
    }

    /** A different official of Ostmark, unrelated statements. */
    static RawArticle herald() {
        return article("herald-3", "https://herald.example/brenner", "Kessel Herald", "2026-04-10", """
                Brenner calls for calm

                KESSEL, April 10 (Kessel Herald) - Ostmark's chancellor Ada Brenner called for calm on Friday.

                "Nobody gains from another winter of threats," Brenner said. "Our door stays open to Varnia."
                """);
    }

    static RawArticle article(String id, String url, String outlet, String published, String text) {
        return new RawArticle(id, text, url, null, published, outlet, "en", null);
    }
}
