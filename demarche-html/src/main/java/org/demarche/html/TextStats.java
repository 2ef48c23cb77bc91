package org.demarche.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, gathered in one pass: the characters of its text (whitespace runs
 * count once), how many of them sit inside links, and its commas. Each element's totals are added to its parent's
 * when the walk leaves it, so the cost is linear however deep the tree (no per-text-node walk up the ancestors).
 */
final class TextStats {
    /** The measures of one element (mutable while the pass runs, then only read). */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Counts NONE = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats measure(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                    Counts c = stats.counts.computeIfAbsent(parent, k -> new Counts());
                    String s = text.getWholeText();
                    boolean space = true;
                    for (int i = 0; i < s.length(); i++) {
                        char ch = s.charAt(i);
                        boolean ws = Character.isWhitespace(ch) || ch == '\u00a0';
                        if (!ws || !space) {
                            c.chars++;
                        }
                        space = ws;
                        if (ch == ',' || ch == '\uff0c' || ch == '\u060c') {
                            c.commas++;
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && node != root && e.parent() != null) {
                    Counts own = stats.counts.get(e);
                    if (own == null) {
                        return;
                    }
                    if (e.nameIs("a")) {
                        own.linkChars = own.chars;
                    }
                    Counts up = stats.counts.computeIfAbsent(e.parent(), k -> new Counts());
                    up.chars += own.chars;
                    up.linkChars += own.linkChars;
                    up.commas += own.commas;
                }
            }
        }, root);
        return stats;
    }

    /**
     * Removes {@code e} from the tree measured from {@code root} and its measures from its ancestors' up to the root,
     * which then hold what a new measure would give. Nothing changes when {@code e} was already removed along
     * with an ancestor.
     */
    void remove(Element e, Element root) {
        Counts gone = of(e);
        List<Element> ancestors = new ArrayList<>();
        for (Element up = e.parent(); up != root; up = up.parent()) {
            if (up == null) {
                return; // not under the root any more: removed with an ancestor
            }
            ancestors.add(up);
        }
        ancestors.add(root);
        e.remove();
        if (gone == NONE) {
            return; // no text: the ancestors' measures do not change (and some have none)
        }
        int chars = gone.chars;
        int linkChars = gone.linkChars;
        for (Element up : ancestors) {
            Counts c = counts.get(up);
            c.chars -= chars;
            c.commas -= gone.commas;
            if (up.nameIs("a") && up != root) { // all of a link's text is link text, so its parent loses all of it as such
                linkChars = chars;
                c.linkChars = c.chars;
            } else {
                c.linkChars -= linkChars;
            }
        }
    }

    Counts of(Element e) {
        return counts.getOrDefault(e, NONE);
    }
}
