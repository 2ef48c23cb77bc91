package org.demarche.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {
    @ParameterizedTest(name = "{0} starting {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "a.txt|WARC/1.1\\r\\nWARC-Type: warcinfo|WARC",
        "a.txt|\\uFEFF  {\"id\":1}|JSON_LINES",
        "a.txt|<?xml version=\"1.0\"?>\\n<!-- made by hand --><rss version=\"2.0\">|FEED",
        "a.txt|<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">|FEED",
        "a.txt|<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">|FEED",
        "a.txt|<?xml version=\"1.0\"?><!DOCTYPE html><html>|HTML",
        "a.txt|<!-- saved page --> <HTML lang=en>|HTML",
        "a.html.gz|<p>A fragment</p>|HTML",
        "a.txt|<p>A fragment</p>|TEXT",
        "feed.atom|not yet|FEED",
        "crawl.warc.gz|garbage|WARC",
        "a.ndjson||JSON_LINES",
        "notes|Velmora said|TEXT",
    })
    void contentDecidesWhenItIsTellingElseTheName(String name, String head, Format expected) {
        String text = head == null ? "" : head.replace("\\r", "\r").replace("\\n", "\n").replace("\\uFEFF", "\uFEFF");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(Format.of(name, bytes, bytes.length)).isEqualTo(expected);
    }
}
