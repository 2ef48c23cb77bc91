package org.demarche.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a JSON Lines file (a gold file, a labelled set) record by record, skipping blank lines. */
public final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to do with one record; {@code where} is "FILE:LINE", for messages about it. */
    @FunctionalInterface
    public interface RecordHandler {
        void accept(JsonNode record, String where) throws IOException;
    }

    /** What to do with a line that is not JSON, given as "FILE:LINE: not JSON: reason". */
    @FunctionalInterface
    public interface ProblemHandler {
        void accept(String problem) throws IOException;
    }

    private JsonLines() {
    }

    /** Passes each record of {@code file} to {@code onRecord}; fails on the first line that is not JSON. */
    public static void read(Path file, RecordHandler onRecord) throws IOException {
        read(file, onRecord, problem -> {
            throw new IOException(problem);
        });
    }

    /** Passes each record of {@code file} to {@code onRecord} and each line that is not JSON to {@code onProblem}. */
    public static void read(Path file, RecordHandler onRecord, ProblemHandler onProblem) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record;
                try {
                    record = JSON.readTree(line);
                } catch (IOException e) {
                    onProblem.accept(file + ":" + number + ": not JSON: " + e.getMessage().lines().findFirst().orElse(""));
                    continue;
                }
                onRecord.accept(record, file + ":" + number);
            }
        }
    }
}
