package org.demarche.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.demarche.cli.output.RecordJson;
import org.demarche.store.KnowledgeBase;
import org.demarche.store.query.Page;
import org.demarche.store.query.PersonHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code demarche people [QUERY]}, {@code people merge}, {@code people split}: identities and their corrections. */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = {"List the people of the knowledge base (most quoted first), or those whose names match QUERY.",
                "Corrections: 'people merge ID ID' and 'people split ID NAME...' are recorded and re-applied after"
                        + " every ingest."},
        subcommands = {PeopleCommand.Merge.class, PeopleCommand.Split.class})
final class PeopleCommand implements Callable<Integer> {
    @Mixin
    DataDir store;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "Name or part of a name.")
    String query;

    @Option(names = "--limit", description = "How many people (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Option(names = "--page", description = "Which page of --limit people, from 0 (default: ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--json", description = "One JSON object per person.")
    boolean json;

    @Override
    public Integer call() {
        try (KnowledgeBase kb = store.open()) {
            Page<PersonHit> people = kb.people(query, page, limit);
            for (PersonHit p : people.items()) {
                if (json) {
                    System.out.println(RecordJson.line(p));
                } else {
                    System.out.printf("#%d  %s%s  %d statement%s%s%n    aka %s%n", p.id(), p.name(),
                            p.latestRole() == null ? "" : " (" + p.latestRole() + ")", p.statementCount(),
                            p.statementCount() == 1 ? "" : "s", p.lastSeen() == null ? "" : ", last seen " + p.lastSeen(),
                            String.join(", ", p.aliases()));
                }
            }
            if (!json) {
                System.out.printf("%d of %d people%n", people.items().size(), people.total());
            }
            return 0;
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Merge two identities that are the same person.")
    static final class Merge implements Callable<Integer> {
        @Mixin
        DataDir store;

        @Parameters(arity = "2", paramLabel = "ID", description = "The two person ids.")
        List<Long> ids;

        @Override
        public Integer call() {
            try (KnowledgeBase kb = store.open()) {
                long id = kb.merge(ids.get(0), ids.get(1));
                System.out.println("merged into #" + id + " " + kb.person(id).map(p -> p.name()).orElse(""));
                return 0;
            }
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Split off a person the articles that name them NAME...: those mean somebody else.")
    static final class Split implements Callable<Integer> {
        @Mixin
        DataDir store;

        @Parameters(index = "0", paramLabel = "ID", description = "The person id.")
        long id;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "NAME", description = "Names to split off.")
        List<String> names;

        @Override
        public Integer call() {
            try (KnowledgeBase kb = store.open()) {
                long other = kb.split(id, new LinkedHashSet<>(names));
                System.out.println("split off as #" + other + " " + kb.person(other).map(p -> p.name()).orElse(""));
                return 0;
            }
        }
    }
}
