package org.demarche.cli;

import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.demarche.article.AnnotatedArticle;
import org.demarche.article.Dateline;
import org.demarche.article.Person;
import org.demarche.article.Quote;
import org.demarche.article.QuoteKind;
import org.demarche.article.Span;
import org.demarche.kb.dates.DatedStatement;
import org.demarche.kb.people.PersonSighting;
import org.demarche.store.PreparedArticle;
import org.demarche.store.PreparedArticle.PreparedPerson;
import org.demarche.store.PreparedArticle.PreparedQuote;
import org.demarche.store.StoreException;

/**
 * The Spark job's output directory (demarche-spark's {@code DemarcheJob --out DIR}), read back for
 * {@code ingest --parquet}. Its {@code articles} dataset holds each article as ingest prepares it (people with
 * their sighting dates, statements with offsets, topics and dates), in input order; this turns each row back into
 * the {@link PreparedArticle} the job computed, so the store's own writer gives the store {@code ingest} would.
 * Offsets in the datasets are code points; the store's are UTF-16 indices.
 */
final class JobDatasets {
    /** The dataset layout this version loads: the job's {@code Datasets.SCHEMA_VERSION}. */
    static final int SCHEMA_VERSION = 1;
    static final String MARKER = "_demarche.properties";

    /** Every column the loader reads, with its Parquet type (lists in Parquet's standard three-level form). */
    private static final Map<String, PrimitiveTypeName> COLUMNS = columns(
            "order", INT64, "id", BINARY, "url", BINARY, "title", BINARY, "outlet", BINARY, "published", INT32,
            "dateline", BINARY, "language", BINARY, "text", BINARY,
            "people.list.element.name", BINARY, "people.list.element.organization", BOOLEAN,
            "people.list.element.variants.list.element", BINARY, "people.list.element.roles.list.element", BINARY,
            "people.list.element.seen", INT32,
            "quotes.list.element.kind", BINARY, "quotes.list.element.start", INT32, "quotes.list.element.end", INT32,
            "quotes.list.element.speaker", BINARY, "quotes.list.element.speaker_role", BINARY,
            "quotes.list.element.cue_start", INT32, "quotes.list.element.cue_end", INT32,
            "quotes.list.element.confidence", DOUBLE, "quotes.list.element.date", INT32,
            "quotes.list.element.date_derivation", BINARY, "quotes.list.element.topics.list.element", BINARY,
            "quotes.list.element.person", INT32);

    /** Why a directory cannot be loaded, in one line for the user. */
    static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    private final List<Path> articleFiles;

    private JobDatasets(List<Path> articleFiles) {
        this.articleFiles = articleFiles;
    }

    /** The job's output in {@code dir}, checked before anything is loaded: marker, version, format, columns. */
    static JobDatasets open(Path dir) throws Unusable {
        if (!Files.isDirectory(dir)) {
            throw new Unusable(dir + ": no such directory");
        }
        Path marker = dir.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            throw new Unusable(dir + ": not the output of demarche-spark's job (no " + MARKER + ")");
        }
        Properties layout = new Properties();
        try (Reader r = Files.newBufferedReader(marker, StandardCharsets.UTF_8)) {
            layout.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new Unusable(marker + ": cannot read: " + e.getMessage());
        }
        String schema = layout.getProperty("schema");
        if (!String.valueOf(SCHEMA_VERSION).equals(schema)) {
            throw new Unusable(marker + ": datasets of layout version " + schema + "; this demarche loads version "
                    + SCHEMA_VERSION + " (run the job of the same demarche version)");
        }
        if (!"parquet".equals(layout.getProperty("format"))) {
            throw new Unusable(dir + ": datasets written as " + layout.getProperty("format")
                    + "; ingest --parquet loads the job's default format (run it without --format)");
        }
        Path articles = dir.resolve("articles");
        List<Path> files;
        try (Stream<Path> listed = Files.list(articles)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().toList();
        } catch (IOException e) {
            throw new Unusable(articles + ": cannot list the articles dataset (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new Unusable(articles + ": no Parquet files");
        }
        for (Path file : files) {
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
                checkColumns(file, reader.getFooter().getFileMetaData().getSchema());
            } catch (IOException | RuntimeException e) {
                throw new Unusable(file + ": cannot read: " + e.getMessage());
            }
        }
        return new JobDatasets(files);
    }

    private static void checkColumns(Path file, MessageType schema) throws Unusable {
        for (Map.Entry<String, PrimitiveTypeName> column : COLUMNS.entrySet()) {
            String[] path = column.getKey().split("\\.");
            Type type = schema.containsPath(path) ? schema.getType(path) : null;
            if (type == null || !type.isPrimitive() || type.asPrimitiveType().getPrimitiveTypeName() != column.getValue()) {
                throw new Unusable(file + ": no column " + column.getKey() + " of type " + column.getValue()
                        + " (written by another version of the job?)");
            }
        }
    }

    /**
     * Hands each article to {@code sink} in input order, as the job prepared it. A file that turns out unreadable
     * stops the load there (what was handed on stays handed on).
     */
    void forEach(Consumer<PreparedArticle> sink) throws Unusable {
        long lastOrder = Long.MIN_VALUE;
        for (Path file : articleFiles) {
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
                MessageType schema = reader.getFooter().getFileMetaData().getSchema();
                PageReadStore rows;
                while ((rows = reader.readNextRowGroup()) != null) {
                    RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                            .getRecordReader(rows, new GroupRecordConverter(schema));
                    for (long i = 0; i < rows.getRowCount(); i++) {
                        Group row = records.read();
                        long order = row.getLong("order", 0);
                        if (order <= lastOrder) {
                            throw new Unusable(file + ": articles are not in input order (row " + i + ")");
                        }
                        lastOrder = order;
                        sink.accept(article(row));
                    }
                }
            } catch (StoreException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new Unusable(file + ": cannot read: " + e.getMessage());
            }
        }
    }

    /** One row of the articles dataset as the article ingest would have prepared. */
    static PreparedArticle article(Group row) {
        String text = row.getString("text", 0);
        String outlet = string(row, "outlet");
        List<PreparedPerson> people = new ArrayList<>();
        List<Person> persons = new ArrayList<>();
        for (Group p : elements(row, "people")) {
            PersonSighting sighting = new PersonSighting(p.getString("name", 0), strings(p, "variants"),
                    strings(p, "roles"), date(p, "seen"), outlet);
            boolean organization = p.getBoolean("organization", 0);
            people.add(PreparedPerson.of(sighting, organization));
            persons.add(new Person(sighting.name(), organization, sighting.roles(), List.of(), sighting.variants()));
        }
        List<PreparedQuote> quotes = new ArrayList<>();
        for (Group q : elements(row, "quotes")) {
            int cueStart = q.getInteger("cue_start", 0);
            Span cue = cueStart < 0 ? null : span(text, cueStart, q.getInteger("cue_end", 0));
            Quote quote = new Quote(span(text, q.getInteger("start", 0), q.getInteger("end", 0)),
                    QuoteKind.valueOf(q.getString("kind", 0).toUpperCase(Locale.ROOT)), string(q, "speaker"),
                    string(q, "speaker_role"), null, cue, q.getDouble("confidence", 0), null);
            quotes.add(PreparedQuote.of(quote, q.getInteger("person", 0), strings(q, "topics"),
                    new DatedStatement(date(q, "date"), q.getString("date_derivation", 0))));
        }
        AnnotatedArticle article = new AnnotatedArticle(row.getString("id", 0), text, string(row, "url"),
                string(row, "title"), outlet, date(row, "published"), dateline(text, string(row, "dateline")),
                string(row, "language"), quotes.stream().map(PreparedQuote::quote).toList(), persons);
        return PreparedArticle.of(article, people, quotes);
    }

    /** The store keeps a dateline's words only; they open the text, where the pipeline found them. */
    private static Dateline dateline(String text, String words) {
        if (words == null) {
            return null;
        }
        int at = Math.max(0, text.indexOf(words));
        return new Dateline(null, null, null, new Span(at, at + words.length(), words));
    }

    /** The span between two code point offsets. */
    private static Span span(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return Span.of(text, from, text.offsetByCodePoints(from, end - start));
    }

    private static String string(Group g, String field) {
        return g.getFieldRepetitionCount(field) == 0 ? null : g.getString(field, 0);
    }

    private static LocalDate date(Group g, String field) {
        return g.getFieldRepetitionCount(field) == 0 ? null : LocalDate.ofEpochDay(g.getInteger(field, 0));
    }

    private static List<Group> elements(Group g, String field) {
        return list(g, field, entry -> entry.getGroup("element", 0));
    }

    private static List<String> strings(Group g, String field) {
        return list(g, field, entry -> entry.getString("element", 0));
    }

    /** The elements of a list column (Parquet's standard form: a group of repeated "list" groups). */
    private static <T> List<T> list(Group g, String field, Function<Group, T> element) {
        if (g.getFieldRepetitionCount(field) == 0) {
            return List.of();
        }
        Group list = g.getGroup(field, 0);
        List<T> elements = new ArrayList<>();
        for (int i = 0; i < list.getFieldRepetitionCount("list"); i++) {
            elements.add(element.apply(list.getGroup("list", i)));
        }
        return List.copyOf(elements);
    }

    private static Map<String, PrimitiveTypeName> columns(Object... pairs) {
        Map<String, PrimitiveTypeName> columns = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            columns.put((String) pairs[i], (PrimitiveTypeName) pairs[i + 1]);
        }
        return columns;
    }
}
