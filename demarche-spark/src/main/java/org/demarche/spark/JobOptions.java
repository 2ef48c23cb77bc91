package org.demarche.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the job is asked to do: the inputs (files or directories on a file system every executor sees), the output
 * directory, its format and the reference date ({@code ingest --reference-date}).
 *
 * @param partitions how many tasks read the input files; 0 for three per core of the cluster
 */
public record JobOptions(List<String> inputs, String output, OutputFormat format, LocalDate referenceDate,
                         int partitions) implements Serializable {
    /** The datasets' file format. */
    public enum OutputFormat { PARQUET, JSONL }

    static final String USAGE = "usage: spark-submit --class org.demarche.spark.DemarcheJob demarche-spark.jar"
            + " --out DIR [--format parquet|jsonl] [--reference-date YYYY-MM-DD] [--partitions N] PATH...";

    public JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input: name at least one file or directory\n" + USAGE);
        }
        if (output == null) {
            throw new IllegalArgumentException("no output directory: add --out DIR\n" + USAGE);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 0 (automatic) or more; got " + partitions);
        }
    }

    /** Reads the command line; a mistake gives an {@link IllegalArgumentException} that says what and how. */
    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        OutputFormat format = OutputFormat.PARQUET;
        LocalDate referenceDate = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--out" -> output = value(args, ++i, arg);
                case "--format" -> format = switch (value(args, ++i, arg)) {
                    case "parquet" -> OutputFormat.PARQUET;
                    case "jsonl" -> OutputFormat.JSONL;
                    default -> throw new IllegalArgumentException("--format is parquet or jsonl; got " + args[i]);
                };
                case "--reference-date" -> {
                    try {
                        referenceDate = LocalDate.parse(value(args, ++i, arg));
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--reference-date wants YYYY-MM-DD; got " + args[i]);
                    }
                }
                case "--partitions" -> {
                    try {
                        partitions = Integer.parseInt(value(args, ++i, arg));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--partitions wants a number; got " + args[i]);
                    }
                }
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
                    }
                    inputs.add(arg);
                }
            }
        }
        return new JobOptions(inputs, output, format, referenceDate, partitions);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }
}
