package org.demarche.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.demarche.store.KnowledgeBase;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option of the commands that read the knowledge base. */
final class DataDir {
    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("demarche-data");

    /** Opens an existing store; a missing one is an error, not a new empty store. */
    KnowledgeBase open() {
        if (!Files.isRegularFile(data.resolve("store.db"))) {
            throw new IllegalArgumentException("no knowledge base in " + data.toAbsolutePath()
                    + "; run 'demarche ingest PATH... --data " + data + "' first");
        }
        return KnowledgeBase.open(data);
    }
}
