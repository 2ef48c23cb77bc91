/**
 * Names of people, organizations and places found in the text, each split into the title written before it
 * and the name itself.
 */
package org.demarche.mentions;
