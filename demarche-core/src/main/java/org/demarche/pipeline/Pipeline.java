package org.demarche.pipeline;

import java.util.List;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.Quote;
import org.demarche.article.RawArticle;
import org.demarche.article.Span;
import org.demarche.attribution.Attributor;
import org.demarche.attribution.RussianAttributor;
import org.demarche.clean.BoilerplateDetector;
import org.demarche.lang.LanguageDetector;
import org.demarche.lang.Lexicon;
import org.demarche.mentions.Mention;
import org.demarche.mentions.NameFinder;
import org.demarche.mentions.RussianNameFinder;
import org.demarche.meta.ArticleMetadata;
import org.demarche.meta.MetadataReader;
import org.demarche.people.ArticlePeople;
import org.demarche.quotes.QuoteMarkFinder;
import org.demarche.text.Lines;
import org.demarche.text.SentenceSplitter;
import org.demarche.text.Tokenizer;
import org.demarche.text.Tokens;

/**
 * The extraction pipeline: text layers (lines, boilerplate, tokens, sentences, quote marks), then metadata,
 * names and people, then statements with their speakers. Stateless and immutable after construction, so one
 * instance serves every thread; {@link #annotate} reads nothing but its argument.
 */
public final class Pipeline implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final transient Lexicon lexicon;
    private final transient Tokenizer tokenizer;
    private final transient SentenceSplitter sentenceSplitter;
    private final transient BoilerplateDetector boilerplate;
    private final transient QuoteMarkFinder quoteMarks;
    private final transient MetadataReader metadata;
    private final transient NameFinder names;
    private final transient Attributor attributor;
    private final transient Lexicon russianLexicon;
    private final transient RussianNameFinder russianNames;
    private final transient RussianAttributor russianAttributor;

    public Pipeline(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.tokenizer = new Tokenizer(lexicon.abbreviations());
        this.sentenceSplitter = new SentenceSplitter();
        this.boilerplate = new BoilerplateDetector();
        this.quoteMarks = new QuoteMarkFinder();
        this.metadata = new MetadataReader();
        this.names = new NameFinder(lexicon);
        this.attributor = new Attributor(lexicon);
        this.russianLexicon = Lexicon.russian();
        this.russianNames = new RussianNameFinder(russianLexicon);
        this.russianAttributor = new RussianAttributor(russianLexicon);
    }

    /** A pipeline is rebuilt from its language on the receiving side of a distributed job. */
    private Object readResolve() {
        return new Pipeline(Lexicon.english());
    }

    public Document analyze(String text) {
        Lines lines = new Lines(text);
        boolean[] boilerplateLines = boilerplate.detect(lines);
        Tokens tokens = tokenizer.tokenize(text);
        return new Document(text, lines, tokens, sentenceSplitter.split(text, tokens), boilerplateLines,
                quoteMarks.find(text));
    }

    public AnnotatedArticle annotate(RawArticle raw) {
        Document doc = analyze(raw.text());
        ArticleMetadata meta = metadata.read(doc, raw);
        String language = LanguageDetector.fromTag(raw.language());
        if (language == null) {
            language = LanguageDetector.get().detect(raw.text());
        }
        List<Mention> mentions;
        ArticlePeople people;
        List<Quote> quotes;
        Span dateline = meta.dateline() == null ? null : meta.dateline().span();
        if (language.equals("ru")) {
            mentions = russianNames.find(doc);
            people = new ArticlePeople(doc, mentions, russianLexicon);
            quotes = russianAttributor.attribute(doc, mentions, people, dateline);
        } else {
            mentions = names.find(doc);
            people = new ArticlePeople(doc, mentions, lexicon);
            quotes = attributor.attribute(doc, mentions, people, meta.referenceDate(), dateline);
        }
        return new AnnotatedArticle(raw.id(), raw.text(), raw.url(), meta.title(), meta.outlet(), meta.published(),
                meta.dateline(), language, quotes, people.toPersons(quotes));
    }
}
