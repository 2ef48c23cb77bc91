package org.demarche.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One input file of the job and its place in the input order ({@code index}), which is the order {@code ingest}
 * would read it in: the paths as named, a directory's files in path order, hidden files and folders skipped.
 * Only names travel to the executors; each task reads its files itself.
 */
record InputFile(int index, String path) implements Serializable {

    /** The files the inputs name, in input order. A path that cannot be listed is kept: its task reports it. */
    static List<InputFile> list(List<String> inputs) {
        List<InputFile> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = Path.of(input);
            if (!Files.isDirectory(path)) {
                files.add(new InputFile(files.size(), input));
                continue;
            }
            try (Stream<Path> walk = Files.walk(path, FileVisitOption.FOLLOW_LINKS)) {
                walk.filter(p -> !hidden(path.relativize(p)) && !Files.isDirectory(p)).sorted()
                        .forEach(p -> files.add(new InputFile(files.size(), p.toString())));
            } catch (IOException | UncheckedIOException e) {
                files.add(new InputFile(files.size(), input)); // the reader says why it cannot be read
            }
        }
        return files;
    }

    /** True when a file or one of its folders (below the named directory) starts with a dot. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
