/**
 * One record per statement across articles and outlets: {@link org.demarche.kb.statements.StatementFingerprint}
 * normalises a quotation and gives blocking keys that near copies share,
 * {@link org.demarche.kb.statements.StatementMatcher} decides whether two quotations are one statement or an
 * indirect report of a direct one, and {@link org.demarche.kb.statements.GroupingEvaluation} measures both on
 * labelled pairs.
 */
package org.demarche.kb.statements;
