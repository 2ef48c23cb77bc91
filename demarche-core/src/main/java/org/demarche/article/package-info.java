/**
 * The data model: immutable records for an article as read ({@link org.demarche.article.RawArticle}) and as
 * annotated ({@link org.demarche.article.AnnotatedArticle}), with its quotes, people and dateline. Every
 * {@link org.demarche.article.Span} indexes the article's original text in UTF-16 units.
 */
package org.demarche.article;
