package org.demarche.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the article body in a page's {@code <body>} and renders it as text. The steps:
 * <ol>
 *   <li>remove what is never article text: scripts, forms' controls, navigation, asides, footers, figures and
 *       captions, hidden elements, and elements whose class or id names page furniture (comments, sharing,
 *       related links, promotions, cookie banners), unless they hold most of the page's text;</li>
 *   <li>score every paragraph (length and commas) and credit its parent and grandparent, as readers of
 *       news pages have done since Arc90's Readability; discount each candidate by its link density and
 *       adjust it by its class words;</li>
 *   <li>take the best candidate with the siblings that score close to it or read as prose, and with the
 *       containers of its kind and class elsewhere in the page (a body cut into chunks);</li>
 *   <li>drop link lists and short link-heavy blocks left inside it, then render the paragraphs.</li>
 * </ol>
 * The page is modified in place; callers pass a document they own.
 */
final class BodyExtractor {
    /** Elements that are never article text, whatever their content. */
    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "video", "audio", "picture", "figure", "figcaption", "button", "input",
            "select", "textarea", "label", "nav", "aside", "footer", "header", "menu", "dialog", "map");
    /** ARIA roles of page furniture. */
    private static final Set<String> JUNK_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alert", "menu");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "h2", "h3", "h4");
    private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "article", "main");
    /** A paragraph shorter than this is not scored (labels, bylines, buttons). */
    private static final int MIN_PARAGRAPH = 25;

    private BodyExtractor() {
    }

    /** The article text of {@code body}, whose junk elements ({@link #isJunk}, in page order) are given. */
    static String extract(Element body, List<Element> junk) {
        removeAll(junk);
        TextStats stats = TextStats.measure(body);
        removeFurniture(body, stats);
        Elements elements = body.getAllElements();
        Map<Element, Double> scores = candidateScores(elements, stats);
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Element e : elements) { // in page order, so a tie goes to the first: deterministic
            Double score = scores.get(e);
            if (score != null && score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best == null) {
            return BlockText.of(body);
        }
        Element content = withSiblings(best, scores, stats);
        removeLinkLists(content);
        return BlockText.of(content);
    }

    /**
     * Removes the elements whose class or id names furniture; {@code stats}, measured once junk was removed (the
     * share of the page below is a share of what may be text), follow the removals.
     */
    private static void removeFurniture(Element body, TextStats stats) {
        int total = stats.of(body).chars;
        List<Element> furniture = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (NEVER_REMOVED.contains(e.normalName())) {
                continue;
            }
            String hint = ClassHints.of(e);
            int chars = stats.of(e).chars;
            // A class word never removes the bulk of the page; one that also names article text must name a small part.
            if (ClassHints.negative(hint) && chars * 2 < total
                    && (!ClassHints.positive(hint) || chars * 10 < total)) {
                furniture.add(e);
            }
        }
        for (Element e : furniture) {
            stats.remove(e, body);
        }
    }

    private static void removeAll(List<Element> elements) {
        for (Element e : elements) {
            e.remove();
        }
    }

    /** An element that is never article text, whatever its content. */
    static boolean isJunk(Element e) {
        return JUNK_TAGS.contains(e.normalName()) || e.hasAttr("hidden") || isHidden(e)
                || e.attr("aria-hidden").equals("true") || JUNK_ROLES.contains(e.attr("role"));
    }

    /** Hidden by an inline style. */
    private static boolean isHidden(Element e) {
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return compact.contains("display:none") || compact.contains("visibility:hidden");
    }

    /**
     * The score of every element that holds scored paragraphs: the paragraphs' own scores shared with their
     * ancestors (all of it to the parent, half to the grandparent, less further up), discounted by link density.
     * {@code elements}: the body's, in page order.
     */
    private static Map<Element, Double> candidateScores(List<Element> elements, TextStats stats) {
        Map<Element, double[]> sums = new IdentityHashMap<>();
        for (Element p : elements) {
            if (!isParagraph(p)) {
                continue;
            }
            TextStats.Counts c = stats.of(p);
            if (c.chars < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + c.commas + Math.min(c.chars / 100, 3);
            Element ancestor = p.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                sums.computeIfAbsent(ancestor, a -> new double[] {initialScore(a)})[0] += score * share;
            }
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        sums.forEach((e, sum) -> scores.put(e, sum[0] * (1 - stats.of(e).linkDensity())));
        return scores;
    }

    /** A paragraph element, or a division that holds text but no other blocks (many sites write p as div). */
    private static boolean isParagraph(Element e) {
        if (PARAGRAPHS.contains(e.normalName())) {
            return true;
        }
        if (!e.nameIs("div")) {
            return false;
        }
        for (Element child : e.children()) {
            if (BlockText.BLOCKS.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + ClassHints.weight(e);
    }

    /**
     * The best candidate, with its siblings when they read as part of the same text (a page that splits the body
     * into several containers): a sibling scoring a fifth of the best (more easily when it shares the best one's
     * class), or a paragraph of prose. Returns the candidate itself when no sibling qualifies.
     */
    private static Element withSiblings(Element best, Map<Element, Double> scores, TextStats stats) {
        Element parent = best.parent();
        if (parent == null) {
            return best;
        }
        double bestScore = scores.get(best);
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : parent.children()) {
            double bonus = !best.className().isEmpty() && best.className().equals(sibling.className()) ? bestScore * 0.2 : 0;
            if (sibling == best || scores.getOrDefault(sibling, 0.0) + bonus >= threshold || isProse(sibling, stats)) {
                kept.add(sibling);
            }
        }
        List<Element> twins = twins(best, parent, scores, threshold);
        if (kept.size() == 1 && twins.isEmpty()) {
            return best;
        }
        Set<Element> chosen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(kept);
        chosen.addAll(twins);
        Element content = new Element("div");
        for (Element e : best.root().getAllElements()) { // in page order
            if (chosen.contains(e) && e.parents().stream().noneMatch(chosen::contains)) {
                content.appendChild(e.clone());
            }
        }
        return content;
    }

    /**
     * Elsewhere in the page, containers of the same kind and class as the best candidate that score as well: the
     * chunks of a body that a page interleaves with advertisements in separate wrappers. In page order, outside
     * {@code parent} (whose children are already weighed).
     */
    private static List<Element> twins(Element best, Element parent, Map<Element, Double> scores, double threshold) {
        List<Element> twins = new ArrayList<>();
        if (best.className().isBlank()) {
            return twins;
        }
        for (Element e : best.root().getElementsByClass(best.classNames().iterator().next())) {
            if (e != best && e.normalName().equals(best.normalName()) && e.className().equals(best.className())
                    && e.parent() != parent && scores.getOrDefault(e, 0.0) >= threshold
                    && !e.parents().contains(best) && !best.parents().contains(e)) {
                twins.add(e);
            }
        }
        return twins;
    }

    /**
     * A block that reads as running text: a paragraph (or a division holding only text) that is long with few
     * links or a whole sentence with none, or any block of long, link-free prose that ends a sentence.
     */
    private static boolean isProse(Element e, TextStats stats) {
        TextStats.Counts c = stats.of(e);
        if (c.chars == 0) {
            return false;
        }
        if (isParagraph(e)) {
            return c.chars > 80 && c.linkDensity() < 0.25 || c.linkDensity() == 0 && endsSentence(e.text());
        }
        return c.chars > 80 && c.linkDensity() < 0.1 && endsSentence(e.text());
    }

    private static boolean endsSentence(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".!?\"”»".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** Removes blocks inside the content that are mostly links (related stories, tag lists), never inline links. */
    private static void removeLinkLists(Element content) {
        TextStats stats = TextStats.measure(content);
        List<Element> linky = new ArrayList<>();
        Elements all = content.getAllElements();
        for (Element e : all) {
            if (e == content) {
                continue;
            }
            TextStats.Counts c = stats.of(e);
            if (c.chars > 0 && c.commas < 10 && c.linkDensity() > 0.5 && BlockText.BLOCKS.contains(e.normalName())) {
                linky.add(e);
            }
        }
        for (Element e : linky) {
            e.remove();
        }
    }
}
