package org.demarche.cli.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.Dateline;
import org.demarche.article.Person;
import org.demarche.article.Quote;
import org.demarche.article.Span;
import org.demarche.article.StatementDate;

/**
 * Writes an annotated article as one line of JSON in the documented output format (docs/output-format.md),
 * converting every offset to Unicode code points.
 */
public final class ArticleJson {
    /** Version of the output format; bump the minor number for added fields, the major one for changes. */
    public static final String SCHEMA_VERSION = "1.0";
    /** Characters outside the Basic Multilingual Plane are written as themselves (4 UTF-8 bytes), not as escapes. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private ArticleJson() {
    }

    /** The article as one line of JSON (no line break). */
    public static String toJson(AnnotatedArticle article, boolean withText) {
        StringWriter out = new StringWriter(256 + article.quotes().size() * 256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(g, article, withText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The article as one line of JSON (no line break), encoded in UTF-8: what {@code extract} writes. */
    public static byte[] toJsonBytes(AnnotatedArticle article, boolean withText) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 + article.quotes().size() * 512
                + (withText ? article.text().length() * 2 : 0));
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            write(g, article, withText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, AnnotatedArticle article, boolean withText) throws IOException {
        CodePoints cp = new CodePoints(article.text());
        g.writeStartObject();
        g.writeStringField("schema_version", SCHEMA_VERSION);
        g.writeStringField("id", article.id());
        g.writeStringField("title", article.title());
        g.writeStringField("outlet", article.outlet());
        g.writeStringField("url", article.url());
        g.writeStringField("published", article.published() == null ? null : article.published().toString());
        writeDateline(g, article.dateline(), cp);
        g.writeStringField("language", article.language());
        g.writeArrayFieldStart("quotes");
        for (Quote q : article.quotes()) {
            writeQuote(g, q, cp);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("people");
        for (Person p : article.people()) {
            writePerson(g, p, cp);
        }
        g.writeEndArray();
        if (withText) {
            g.writeStringField("text", article.text());
        }
        g.writeEndObject();
    }

    private static void writeDateline(JsonGenerator g, Dateline d, CodePoints cp) throws IOException {
        if (d == null) {
            g.writeNullField("dateline");
            return;
        }
        g.writeObjectFieldStart("dateline");
        g.writeStringField("place", d.place());
        g.writeStringField("date", d.date());
        g.writeStringField("resolved", d.resolved() == null ? null : d.resolved().toString());
        g.writeNumberField("start", cp.of(d.span().start()));
        g.writeNumberField("end", cp.of(d.span().end()));
        g.writeEndObject();
    }

    private static void writeQuote(JsonGenerator g, Quote q, CodePoints cp) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", cp.of(q.content().start()));
        g.writeNumberField("end", cp.of(q.content().end()));
        g.writeStringField("text", q.content().text());
        g.writeStringField("kind", q.kind().jsonName());
        g.writeStringField("speaker", q.speaker());
        g.writeStringField("speaker_role", q.speakerRole());
        writeSpan(g, "speaker_mention", q.speakerMention(), cp);
        writeSpan(g, "cue", q.cue(), cp);
        g.writeNumberField("confidence", Math.round(q.confidence() * 100) / 100.0);
        writeDate(g, q.date(), cp);
        g.writeEndObject();
    }

    private static void writeDate(JsonGenerator g, StatementDate date, CodePoints cp) throws IOException {
        if (date == null) {
            g.writeNullField("date");
            return;
        }
        g.writeObjectFieldStart("date");
        g.writeNumberField("start", cp.of(date.expression().start()));
        g.writeNumberField("end", cp.of(date.expression().end()));
        g.writeStringField("text", date.expression().text());
        g.writeStringField("resolved", date.date() == null ? null : date.date().toString());
        g.writeStringField("precision", date.precision());
        g.writeEndObject();
    }

    private static void writePerson(JsonGenerator g, Person p, CodePoints cp) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", p.name());
        g.writeStringField("type", p.organization() ? "organization" : "person");
        g.writeArrayFieldStart("roles");
        for (String role : p.roles()) {
            g.writeString(role);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("variants");
        for (String v : p.variants()) {
            g.writeString(v);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mentions");
        for (Span s : p.mentions()) {
            writeSpanObject(g, s, cp);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeSpan(JsonGenerator g, String field, Span span, CodePoints cp) throws IOException {
        if (span == null) {
            g.writeNullField(field);
            return;
        }
        g.writeFieldName(field);
        writeSpanObject(g, span, cp);
    }

    private static void writeSpanObject(JsonGenerator g, Span span, CodePoints cp) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", cp.of(span.start()));
        g.writeNumberField("end", cp.of(span.end()));
        g.writeStringField("text", span.text());
        g.writeEndObject();
    }
}
