/**
 * Dense text layers built once per article: lines (paragraphs), tokens and sentences, stored as offset arrays
 * rather than objects so that the later stages read them cheaply.
 */
package org.demarche.text;
