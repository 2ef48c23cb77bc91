package org.demarche.spark;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.demarche.Demarche;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.Quote;
import org.demarche.article.RawArticle;
import org.demarche.article.Span;
import org.demarche.kb.topics.Taxonomy;
import org.demarche.kb.topics.TopicTagger;
import org.demarche.pipeline.Pipeline;
import org.demarche.readers.ArticleReader;
import org.demarche.readers.InputLimits;
import org.demarche.readers.Item;
import org.demarche.spark.Rows.ArticleRow;
import org.demarche.spark.Rows.Extracted;
import org.demarche.spark.Rows.PassageRow;
import org.demarche.spark.Rows.SightingRow;
import org.demarche.store.PreparedArticle;

/**
 * The per-article step, run by each task over its input files: read them with demarche-readers, exactly as
 * {@code extract} and {@code ingest} do, analyse each article with the core pipeline and prepare it as ingest
 * does ({@link PreparedArticle}). Items are streamed one at a time. Whatever cannot be read or analysed becomes a
 * failure record, never a failed task.
 */
final class Extraction implements FlatMapFunction<Iterator<InputFile>, Extracted> {
    /**
     * The pipeline and topic tagger, built once per executor JVM (loading the word lists is the costly part) and
     * shared by its tasks: both are thread-safe.
     */
    private static final class Shared {
        static final Pipeline PIPELINE = Demarche.pipeline();
        static final TopicTagger TOPICS = new TopicTagger(Taxonomy.defaults());
    }

    private final LocalDate referenceDate;

    Extraction(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    @Override
    public Iterator<Extracted> call(Iterator<InputFile> files) {
        return new Iterator<>() {
            private ArticleReader reader;
            private InputFile file;
            private long item;

            @Override
            public boolean hasNext() {
                while (reader == null || !reader.hasNext()) {
                    if (reader != null) {
                        reader.close();
                        reader = null;
                    }
                    if (!files.hasNext()) {
                        return false;
                    }
                    file = files.next();
                    item = 0;
                    reader = new ArticleReader(List.of(file.path()), InputLimits.DEFAULT,
                            new ByteArrayInputStream(new byte[0]));
                }
                return true;
            }

            @Override
            public Extracted next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return extract(reader.next(), ((long) file.index() << 32) | item++);
            }
        };
    }

    /** One item's article, analysed and prepared; or why it could not be. */
    Extracted extract(Item item, long order) {
        RawArticle raw;
        try {
            raw = switch (item) {
                case Item.Failure f -> null;
                case Item.Article a -> a.article();
                case Item.Page p -> p.article();
            };
        } catch (Item.NoArticle e) {
            return Extracted.failed(item.source(), e.getMessage());
        } catch (RuntimeException e) {
            return Extracted.failed(item.source(), "cannot read: " + e);
        }
        if (item instanceof Item.Failure f) {
            return Extracted.failed(f.source(), f.reason());
        }
        try {
            AnnotatedArticle article = Shared.PIPELINE.annotate(raw.referenceDate() == null && referenceDate != null
                    ? raw.withReferenceDate(referenceDate) : raw);
            // A web archive's crawl date dates what its pages leave undated; --reference-date stands in elsewhere.
            LocalDate crawlDate = item.referenceDate() != null ? item.referenceDate() : referenceDate;
            return rows(item.source(), order, PreparedArticle.of(article, Shared.TOPICS, crawlDate));
        } catch (RuntimeException | StackOverflowError e) {
            return Extracted.failed(item.source(), "could not be analysed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))
                    + "); please report this");
        }
    }

    private static Extracted rows(String source, long order, PreparedArticle prepared) {
        AnnotatedArticle a = prepared.article();
        String text = a.text();
        ArticleRow article = new ArticleRow(order, source, a.id(), a.url(), a.title(), a.outlet(), a.published(),
                a.dateline() == null ? null : a.dateline().span().text(), a.language(), text);
        List<SightingRow> sightings = new ArrayList<>();
        for (int i = 0; i < prepared.people().size(); i++) {
            PreparedArticle.PreparedPerson p = prepared.people().get(i);
            sightings.add(new SightingRow(order, i, a.id(), p.sighting().name(), List.copyOf(p.sighting().variants()),
                    List.copyOf(p.sighting().roles()), p.sighting().seen(), p.sighting().outlet(), p.organization(),
                    List.copyOf(p.keys())));
        }
        List<PassageRow> passages = new ArrayList<>();
        for (int i = 0; i < prepared.quotes().size(); i++) {
            PreparedArticle.PreparedQuote q = prepared.quotes().get(i);
            Quote quote = q.quote();
            Span cue = quote.cue();
            passages.add(new PassageRow(order, i, a.id(), quote.kind().jsonName(), quote.content().text(),
                    q.fingerprint().normalized(), codePoint(text, quote.content().start()), codePoint(text, quote.content().end()), quote.speaker(),
                    quote.speakerRole(), cue == null ? null : cue.text(), cue == null ? -1 : codePoint(text, cue.start()),
                    cue == null ? -1 : codePoint(text, cue.end()), quote.confidence(), q.date().date(),
                    q.date().derivation(), List.copyOf(q.topics()), q.person(), List.copyOf(q.keys()), a.outlet(),
                    a.url(), a.title(), a.published()));
        }
        return new Extracted(article, sightings, passages, null);
    }

    /** A UTF-16 offset into {@code text} as a code point offset (what the output formats give). */
    private static int codePoint(String text, int utf16) {
        return text.codePointCount(0, utf16);
    }
}
