/**
 * What a statement is about: a {@link org.demarche.kb.topics.Taxonomy} of topics and their phrases, read from a
 * plain text file (a security-diplomacy default ships in the jar), and a {@link org.demarche.kb.topics.TopicTagger}
 * that finds those phrases in a text, word by word.
 */
package org.demarche.kb.topics;
