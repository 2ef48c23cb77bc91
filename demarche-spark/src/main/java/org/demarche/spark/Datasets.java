package org.demarche.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.demarche.spark.Records.PersonRecord;
import org.demarche.spark.Records.RoleRecord;
import org.demarche.spark.Records.Spoken;
import org.demarche.spark.Records.StatementRecord;
import org.demarche.spark.Rows.ArticleRow;
import org.demarche.spark.Rows.Extracted;
import org.demarche.spark.Rows.FailureRow;
import org.demarche.spark.Rows.PassageRow;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The output datasets' schemas (documented in docs/scaling.md) and each record as a row. Field names follow the
 * store's export ({@code export --format jsonl}) in snake case; offsets are code points.
 */
final class Datasets {
    static final String ARTICLES = "articles";
    static final String STATEMENTS = "statements";
    static final String PEOPLE = "people";
    static final String FAILURES = "failures";
    /**
     * The datasets' layout version, in the marker file {@link #MARKER} beside them; {@code ingest --parquet}
     * loads only the version it knows (its {@code JobOutput.SCHEMA_VERSION}).
     */
    static final int SCHEMA_VERSION = 1;
    static final String MARKER = "_demarche.properties";

    /** One person of an article as ingest prepares it: the article's people, then speakers it did not list. */
    static final StructType SIGHTING = createStructType(new StructField[] {
            field("name", StringType, false), field("organization", BooleanType, false),
            field("variants", createArrayType(StringType, false)), field("roles", createArrayType(StringType, false)),
            field("seen", DateType)});

    /**
     * One statement of an article as ingest prepares it; its text and cue are the article's text between the
     * offsets; {@code person} indexes the article's {@code people} (-1: no speaker).
     */
    static final StructType QUOTE = createStructType(new StructField[] {
            field("kind", StringType, false), field("start", IntegerType, false), field("end", IntegerType, false),
            field("speaker", StringType), field("speaker_role", StringType), field("cue_start", IntegerType, false),
            field("cue_end", IntegerType, false), field("confidence", DoubleType, false), field("date", DateType),
            field("date_derivation", StringType, false), field("topics", createArrayType(StringType, false)),
            field("person", IntegerType, false)});

    static final StructType ARTICLE = createStructType(new StructField[] {
            field("order", LongType, false), field("source", StringType), field("id", StringType, false),
            field("url", StringType), field("title", StringType), field("outlet", StringType),
            field("published", DateType), field("dateline", StringType), field("language", StringType),
            field("text", StringType, false), field("people", createArrayType(SIGHTING, false), false),
            field("quotes", createArrayType(QUOTE, false), false)});

    static final StructType SOURCE = createStructType(new StructField[] {
            field("article_id", StringType, false), field("position", IntegerType, false),
            field("outlet", StringType), field("url", StringType), field("title", StringType),
            field("date", DateType), field("date_derivation", StringType), field("kind", StringType, false),
            field("text", StringType, false), field("start", IntegerType, false), field("end", IntegerType, false),
            field("speaker_name", StringType), field("speaker_role", StringType), field("speaker_id", LongType),
            field("cue", StringType), field("cue_start", IntegerType, false), field("cue_end", IntegerType, false),
            field("confidence", DoubleType, false)});

    static final StructType STATEMENT = createStructType(new StructField[] {
            field("id", LongType, false), field("text", StringType, false), field("kind", StringType, false),
            field("speaker_id", LongType), field("speaker", StringType), field("speaker_role", StringType),
            field("date", DateType), field("date_derivation", StringType),
            field("topics", createArrayType(StringType, false)), field("source_count", IntegerType, false),
            field("sources", createArrayType(SOURCE, false))});

    static final StructType ROLE = createStructType(new StructField[] {
            field("role", StringType, false), field("first_seen", DateType), field("last_seen", DateType),
            field("articles", IntegerType, false)});

    static final StructType PERSON = createStructType(new StructField[] {
            field("id", LongType, false), field("name", StringType, false), field("organization", BooleanType, false),
            field("aliases", createArrayType(StringType, false)), field("roles", createArrayType(ROLE, false)),
            field("first_seen", DateType), field("last_seen", DateType), field("article_count", IntegerType, false),
            field("statement_count", IntegerType, false)});

    static final StructType FAILURE = createStructType(new StructField[] {
            field("source", StringType, false), field("reason", StringType, false)});

    private Datasets() {
    }

    static Row article(Extracted e) {
        ArticleRow a = e.article();
        List<Row> people = e.sightings().stream().map(s -> RowFactory.create(s.name(), s.organization(),
                seq(s.variants()), seq(s.roles()), s.seen())).toList();
        List<Row> quotes = e.passages().stream().map(p -> RowFactory.create(p.kind(), p.start(), p.end(),
                p.speaker(), p.speakerRole(), p.cueStart(), p.cueEnd(), p.confidence(), p.date(),
                p.dateDerivation(), seq(p.topics()), p.sighting())).toList();
        return RowFactory.create(a.order(), a.source(), a.id(), a.url(), a.title(), a.outlet(), a.published(),
                a.dateline(), a.language(), a.text(), seq(people), seq(quotes));
    }

    static Row statement(StatementRecord s, String speaker) {
        List<Row> sources = s.sources().stream().map(Datasets::source).toList();
        return RowFactory.create(s.id(), s.text(), s.kind(), s.speakerId(), speaker, s.speakerRole(), s.date(),
                s.dateDerivation(), seq(s.topics()), sources.size(), seq(sources));
    }

    private static Row source(Spoken spoken) {
        PassageRow p = spoken.passage();
        return RowFactory.create(p.articleId(), p.position(), p.outlet(), p.url(), p.title(), p.date(),
                p.dateDerivation(), p.kind(), p.text(), p.start(), p.end(), p.speaker(), p.speakerRole(),
                spoken.person(), p.cue(), p.cueStart(), p.cueEnd(), p.confidence());
    }

    static Row person(PersonRecord p, int statements) {
        List<Row> roles = p.roles().stream().map(Datasets::role).toList();
        return RowFactory.create(p.id(), p.name(), p.organization(), seq(p.aliases()), seq(roles), p.firstSeen(), p.lastSeen(),
                p.articleCount(), statements);
    }

    private static Row role(RoleRecord r) {
        return RowFactory.create(r.role(), r.firstSeen(), r.lastSeen(), r.articles());
    }

    static Row failure(FailureRow f) {
        return RowFactory.create(f.source(), f.reason());
    }

    /** An array column's value: rows take Scala sequences. */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list);
    }

    private static StructField field(String name, DataType type) {
        return field(name, type, true);
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return createStructField(name, type, nullable);
    }
}
