package org.demarche.store.query;

import java.time.LocalDate;
import java.util.List;
import org.demarche.article.QuoteKind;

/**
 * One statement with every source.
 *
 * @param sources    every passage that carries it, earliest first
 * @param reports    the direct quotes this (indirect) statement reports
 * @param reportedBy the indirect statements that report this one
 */
public record StatementDetail(long id, String text, QuoteKind kind, PersonRef speaker, String speakerRole,
                              LocalDate date, String dateDerivation, List<String> topics, List<Source> sources,
                              List<StatementRef> reports, List<StatementRef> reportedBy) {
    public StatementDetail {
        topics = List.copyOf(topics);
        sources = List.copyOf(sources);
        reports = List.copyOf(reports);
        reportedBy = List.copyOf(reportedBy);
    }
}
