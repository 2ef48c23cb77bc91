/**
 * Recognises the page furniture of scraped text (navigation, menus, captions, credits, hashtags) by line,
 * without rewriting the text, so every offset still points into the original.
 */
package org.demarche.clean;
