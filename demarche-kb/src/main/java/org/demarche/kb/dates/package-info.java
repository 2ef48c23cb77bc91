/**
 * When a statement was made: {@link org.demarche.kb.dates.StatementDating} picks the best date an article gives
 * for one of its quotes and records how it was derived.
 */
package org.demarche.kb.dates;
