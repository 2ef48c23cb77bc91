package org.demarche.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.demarche.cli.output.RecordJson;
import org.demarche.store.KnowledgeBase;
import org.demarche.store.query.PersonDetail;
import org.demarche.store.query.Source;
import org.demarche.store.query.StatementDetail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demarche export}: the knowledge base as JSON Lines or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export statements with their sources (article id, outlet, url, date) and people with their"
                + " aliases and roles.",
                "jsonl: one object per line with a \"type\" of statement or person. csv: one table, statements"
                        + " (a row per source) or people (--what)."})
final class ExportCommand implements Callable<Integer> {
    enum Format { JSONL, CSV }

    enum What { ALL, STATEMENTS, PEOPLE }

    @Mixin
    DataDir store;

    @Option(names = "--format", description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
    String format = "jsonl";

    @Option(names = "--what", description = "all, statements or people (default: all for jsonl, statements for csv).")
    String what;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    /** A person as exported: identity, spellings and roles over time. */
    record PersonRecord(long id, String name, List<String> aliases, List<PersonDetail.Role> roles, LocalDate firstSeen,
                        LocalDate lastSeen, int articleCount, int statementCount) {
        static PersonRecord of(PersonDetail p) {
            return new PersonRecord(p.id(), p.name(), p.aliases(), p.roles(), p.firstSeen(), p.lastSeen(),
                    p.articleCount(), p.statementCount());
        }
    }

    @Override
    public Integer call() throws IOException {
        Format f = SearchCommand.parse(Format.class, format);
        What w = what == null ? (f == Format.CSV ? What.STATEMENTS : What.ALL) : SearchCommand.parse(What.class, what);
        if (f == Format.CSV && w == What.ALL) {
            throw new IllegalArgumentException("a CSV file holds one table: use --what statements or --what people");
        }
        try (KnowledgeBase kb = store.open();
             PrintWriter writer = new PrintWriter(new BufferedWriter(new OutputStreamWriter(
                     out == null ? System.out : Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16))) {
            if (w != What.PEOPLE) {
                if (f == Format.CSV) {
                    csv(writer, "statement_id", "text", "kind", "speaker_id", "speaker", "speaker_role", "date",
                            "date_derivation", "topics", "source_article_id", "source_outlet", "source_url",
                            "source_date");
                }
                kb.forEachStatement(s -> {
                    if (f == Format.JSONL) {
                        writer.println(RecordJson.line("statement", s));
                    } else {
                        for (Source src : s.sources()) {
                            csv(writer, s.id(), s.text(), s.kind().jsonName(), s.speaker() == null ? null : s.speaker().id(),
                                    s.speaker() == null ? null : s.speaker().name(), s.speakerRole(), s.date(),
                                    s.dateDerivation(), String.join("; ", s.topics()), src.articleId(), src.outlet(),
                                    src.url(), src.date());
                        }
                    }
                });
            }
            if (w != What.STATEMENTS) {
                if (f == Format.CSV) {
                    csv(writer, "person_id", "name", "aliases", "roles", "first_seen", "last_seen", "articles",
                            "statements");
                }
                kb.forEachPerson(p -> {
                    if (f == Format.JSONL) {
                        writer.println(RecordJson.line("person", PersonRecord.of(p)));
                    } else {
                        csv(writer, p.id(), p.name(), String.join("; ", p.aliases()), p.roles().stream()
                                        .map(r -> r.role() + " (" + r.firstSeen() + ".." + r.lastSeen() + ")")
                                        .collect(Collectors.joining("; ")), p.firstSeen(), p.lastSeen(),
                                p.articleCount(), p.statementCount());
                    }
                });
            }
            if (writer.checkError()) {
                throw new UncheckedIOException(new IOException("cannot write the export"));
            }
        }
        return 0;
    }

    /** One CSV row (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled. */
    static void csv(PrintWriter w, Object... fields) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                row.append(',');
            }
            String v = fields[i] == null ? "" : fields[i].toString();
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                row.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                row.append(v);
            }
        }
        w.print(row.append("\r\n"));
    }
}
