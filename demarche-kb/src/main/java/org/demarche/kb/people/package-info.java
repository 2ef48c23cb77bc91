/**
 * One identity per person across articles, spellings and scripts: {@link org.demarche.kb.people.NameForms} folds
 * names to comparable keys, {@link org.demarche.kb.people.IdentityMatcher} decides whether a sighting is a known
 * identity, keeping namesakes apart by given names, initials and roles.
 */
package org.demarche.kb.people;
