package org.demarche.html;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as plain text with its paragraphs: every block element (paragraph, heading, list item, table
 * row, division...) starts a new paragraph, a {@code <br>} starts a new line, and whitespace inside a paragraph
 * collapses to single spaces. Paragraphs are separated by a blank line. The walk is iterative (jsoup's
 * {@link NodeTraversor}), so any depth of nesting is safe.
 */
final class BlockText {
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside",
            "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "form",
            "fieldset", "address", "hr", "center", "details", "summary", "body", "html");

    private BlockText() {
    }

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendCollapsed(out, text.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.nameIs("br")) {
                        lineBreak(out);
                    } else if (BLOCKS.contains(e.normalName())) {
                        paragraphBreak(out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraphBreak(out);
                }
            }
        }, root);
        return out.toString().strip();
    }

    private static void appendCollapsed(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00a0' || ch == '\u200b') {
                int n = out.length();
                if (n > 0 && out.charAt(n - 1) != ' ' && out.charAt(n - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(ch);
            }
        }
    }

    /** Ends the current line (no trailing space; never two line breaks where one paragraph break stands). */
    private static void lineBreak(StringBuilder out) {
        trimEnd(out);
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void paragraphBreak(StringBuilder out) {
        trimEnd(out);
        int n = out.length();
        if (n == 0 || n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n') {
            return;
        }
        out.append(out.charAt(n - 1) == '\n' ? "\n" : "\n\n");
    }

    private static void trimEnd(StringBuilder out) {
        int n = out.length();
        while (n > 0 && out.charAt(n - 1) == ' ') {
            n--;
        }
        out.setLength(n);
    }
}
