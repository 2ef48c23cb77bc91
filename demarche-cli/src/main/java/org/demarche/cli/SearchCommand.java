package org.demarche.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.demarche.article.QuoteKind;
import org.demarche.cli.output.RecordJson;
import org.demarche.store.KnowledgeBase;
import org.demarche.store.query.Page;
import org.demarche.store.query.PersonHit;
import org.demarche.store.query.Sort;
import org.demarche.store.query.StatementHit;
import org.demarche.store.query.StatementQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code demarche search QUERY}: statements in the knowledge base. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the statements of the knowledge base: words, \"phrases\", AND/OR/NOT, prefix*.",
                "Without QUERY, lists statements by date (newest first) with the filters given."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    DataDir store;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Full-text query.")
    String query;

    @Option(names = "--speaker", paramLabel = "ID|NAME", description = "Only this person's statements (an id, or a name).")
    String speaker;

    @Option(names = "--topic", description = "Only statements with this topic.")
    String topic;

    @Option(names = "--outlet", description = "Only statements this outlet carried.")
    String outlet;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Statements made on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Statements made on or before this day.")
    LocalDate to;

    @Option(names = "--kind", description = "direct, partial or indirect.")
    String kind;

    @Option(names = "--sort", description = "relevance or date (default: relevance with a query, date without).")
    String sort;

    @Option(names = "--limit", description = "How many statements (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--page", description = "Which page of --limit statements, from 0 (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--json", description = "One JSON object per statement.")
    boolean json;

    @Override
    public Integer call() {
        try (KnowledgeBase kb = store.open()) {
            Long speakerId = speaker == null ? null : speakerId(kb, speaker);
            if (speaker != null && speakerId == null) {
                System.err.println("demarche: nobody in the knowledge base is called '" + speaker + "'");
                return 1;
            }
            StatementQuery q = new StatementQuery(query, speakerId, topic, outlet, from, to, parse(QuoteKind.class, kind),
                    parse(Sort.class, sort), page, limit);
            print(kb.statements(q), json, System.out);
            return 0;
        }
    }

    private static Long speakerId(KnowledgeBase kb, String speaker) {
        if (speaker.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(speaker);
        }
        List<PersonHit> hits = kb.people(speaker, 0, 1).items();
        return hits.isEmpty() ? null : hits.getFirst().id();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + value + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT));
        }
    }

    static void print(Page<StatementHit> page, boolean json, PrintStream out) {
        for (StatementHit h : page.items()) {
            if (json) {
                out.println(RecordJson.line(h));
            } else {
                out.printf("#%d  %s  %s%s (%s, %d source%s)%n    %s%n", h.id(), h.date() == null ? "----------" : h.date(),
                        h.speaker() == null ? "(unknown)" : h.speaker().name() + " #" + h.speaker().id(),
                        h.speakerRole() == null ? "" : ", " + h.speakerRole(), h.kind().jsonName(), h.sourceCount(),
                        h.sourceCount() == 1 ? "" : "s", h.text());
            }
        }
        if (!json) {
            out.printf("%d of %s%d statements%s%n", page.items().size(), page.totalExact() ? "" : "about ", page.total(),
                    page.hasNext() ? " (more with --page " + (page.page() + 1) + ")" : "");
        }
    }
}
