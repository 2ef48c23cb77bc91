package org.demarche.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.demarche.spark.Records.PersonRecord;
import org.demarche.spark.Records.Spoken;
import org.demarche.spark.Records.StatementRecord;
import org.demarche.spark.Rows.Extracted;
import org.demarche.spark.Rows.PassageRow;
import org.demarche.spark.Rows.SightingRef;
import org.demarche.spark.Rows.SightingRow;
import org.demarche.spark.StatementGroups.Passage;
import org.demarche.spark.StatementGroups.PassageRef;
import scala.Tuple2;

/**
 * The Spark job: what {@code extract} and {@code ingest} do on one machine, on a cluster. Input file names are
 * spread over tasks; each task reads its files with demarche-readers and runs the core pipeline (built once per
 * executor). Person identities and statement groups are then found by distributed joins ({@link Identities},
 * {@link StatementGroups}); nothing is collected to the driver. Writes the datasets articles, statements (with
 * their sources), people and failures under the output directory, as Parquet or JSON Lines.
 */
public final class DemarcheJob {
    /** What a run did. */
    public record Summary(long articles, long statements, long people, long failures) {
        int exitStatus() {
            return failures > 0 ? 1 : 0;
        }
    }

    private DemarcheJob() {
    }

    public static void main(String[] args) {
        JobOptions options;
        try {
            options = JobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("demarche-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        Summary summary;
        long started = System.nanoTime();
        SparkSession spark = session(SparkSession.builder().appName("demarche"));
        try {
            summary = run(spark, options);
        } finally {
            spark.stop();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.println(String.format(Locale.ROOT, "demarche-spark: %,d articles in %.1f s (%,.0f articles/s):"
                        + " %,d statements, %,d people, %,d failed; datasets in %s", summary.articles(), seconds,
                summary.articles() / Math.max(seconds, 1e-9), summary.statements(), summary.people(),
                summary.failures(), options.output()));
        System.exit(summary.exitStatus());
    }

    /** The session settings the job relies on: dates as java.time values in rows. */
    public static SparkSession session(SparkSession.Builder builder) {
        return builder.config("spark.sql.datetime.java8API.enabled", "true").getOrCreate();
    }

    /** Runs the job in a session made by {@link #session}; writes the datasets and returns the counts. */
    public static Summary run(SparkSession spark, JobOptions options) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<InputFile> files = InputFile.list(options.inputs());
        int tasks = options.partitions() > 0 ? options.partitions()
                : Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 3));
        JavaRDD<Extracted> extracted = sc.parallelize(files, tasks)
                .mapPartitions(new Extraction(options.referenceDate()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<SightingRow> sightings = extracted.flatMap(e -> e.sightings().iterator());
        JavaPairRDD<SightingRef, Long> identities = Identities.of(sightings).persist(StorageLevel.MEMORY_AND_DISK());

        JavaRDD<PassageRow> passages = extracted.flatMap(e -> e.passages().iterator());
        JavaRDD<Spoken> spoken = passages.filter(p -> p.sighting() >= 0)
                .mapToPair(p -> new Tuple2<>(new SightingRef(p.order(), p.sighting()), p)).join(identities)
                .map(t -> new Spoken(t._2()._1(), t._2()._2()))
                .union(passages.filter(p -> p.sighting() < 0).map(p -> new Spoken(p, null)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, Long> statementOfNode = StatementGroups.of(spoken.mapToPair(s -> {
            Passage p = passage(s);
            return new Tuple2<>(p.nodeKey(), p);
        }));
        JavaRDD<StatementRecord> statements = spoken.mapToPair(s -> new Tuple2<>(passage(s).nodeKey(), s))
                .join(statementOfNode).mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1())).groupByKey()
                .map(t -> StatementRecord.of(t._1(), t._2())).persist(StorageLevel.MEMORY_AND_DISK());

        JavaPairRDD<Long, Integer> statementsBySpeaker = statements.filter(s -> s.speakerId() != null)
                .mapToPair(s -> new Tuple2<>(s.speakerId(), 1)).reduceByKey(Integer::sum);
        JavaRDD<PersonRecord> people = sightings.mapToPair(s -> new Tuple2<>(s.ref(), s)).join(identities)
                .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1())).groupByKey()
                .map(t -> PersonRecord.of(t._1(), t._2())).persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<Row> peopleRows = people.mapToPair(p -> new Tuple2<>(p.id(), p)).leftOuterJoin(statementsBySpeaker)
                .map(t -> Datasets.person(t._2()._1(), t._2()._2().orElse(0)));
        JavaPairRDD<Long, String> names = people.mapToPair(p -> new Tuple2<>(p.id(), p.name()));
        JavaRDD<Row> statementRows = statements.mapToPair(s -> new Tuple2<>(s.speakerId() == null ? -1L : s.speakerId(), s))
                .leftOuterJoin(names).map(t -> Datasets.statement(t._2()._1(), t._2()._2().orElse(null)));

        int outputFiles = extracted.getNumPartitions();
        // Articles keep the input order without a sort: each task read consecutive files, in order, and its
        // partition becomes the part file of the same number. The other datasets are not sorted (sort on reading).
        write(spark, options, Datasets.ARTICLES, extracted.filter(e -> e.article() != null)
                .map(Datasets::article), Datasets.ARTICLE, outputFiles);
        write(spark, options, Datasets.STATEMENTS, statementRows, Datasets.STATEMENT, outputFiles);
        write(spark, options, Datasets.PEOPLE, peopleRows, Datasets.PERSON, outputFiles);
        write(spark, options, Datasets.FAILURES, extracted.filter(e -> e.failure() != null)
                .map(e -> Datasets.failure(e.failure())), Datasets.FAILURE, outputFiles);
        writeMarker(spark, options);
        Summary summary = new Summary(extracted.filter(e -> e.article() != null).count(), statements.count(),
                people.count(), extracted.filter(e -> e.failure() != null).count());
        extracted.unpersist(false);
        return summary;
    }

    private static Passage passage(Spoken s) {
        PassageRow p = s.passage();
        return new Passage(new PassageRef(p.order(), p.position()), p.text(), p.normalized(), p.quoted(),
                s.person() == null ? StatementGroups.NO_SPEAKER : s.person(), p.keys());
    }

    /** The file that tells {@code ingest --parquet} these are our datasets, in which layout and format. */
    private static void writeMarker(SparkSession spark, JobOptions options) {
        Path marker = new Path(options.output(), Datasets.MARKER);
        String content = "# Written by demarche-spark's DemarcheJob: the layout of the datasets beside this file.\n"
                + "schema=" + Datasets.SCHEMA_VERSION + "\nformat=" + options.format().name().toLowerCase(Locale.ROOT)
                + "\n";
        try (FSDataOutputStream out = marker.getFileSystem(spark.sparkContext().hadoopConfiguration())
                .create(marker, true)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
    }

    /** Writes one dataset in at most {@code files} files (the joins leave more partitions than a dataset needs). */
    private static void write(SparkSession spark, JobOptions options, String name, JavaRDD<Row> rows,
                              StructType schema, int files) {
        Dataset<Row> data = spark.createDataFrame(rows.getNumPartitions() > files ? rows.coalesce(files) : rows,
                schema);
        String path = options.output() + "/" + name;
        switch (options.format()) {
            case PARQUET -> data.write().mode(SaveMode.Overwrite).parquet(path);
            case JSONL -> data.write().mode(SaveMode.Overwrite).json(path);
        }
    }
}
