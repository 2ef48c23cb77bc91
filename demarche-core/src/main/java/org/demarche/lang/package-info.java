/**
 * Language knowledge as word lists (reporting verbs, titles, given names, institutions, places), loaded once from
 * the resources under {@code org/demarche/lang/}.
 */
package org.demarche.lang;
