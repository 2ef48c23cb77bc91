/**
 * Article metadata read from the text itself: the headline, wire datelines, publication stamps, the outlet,
 * and dates written relative to the article's day ("on Wednesday").
 */
package org.demarche.meta;
