/**
 * The people and organizations of one article: mentions grouped into entities across surnames, spelling variants
 * and titles, each with its roles.
 */
package org.demarche.people;
