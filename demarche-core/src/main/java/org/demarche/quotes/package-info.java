/**
 * Quote marks paired into quoted spans: straight, curly, guillemets and low-high marks, mixed or typed the wrong
 * way round, nested, and continued across paragraphs.
 */
package org.demarche.quotes;
