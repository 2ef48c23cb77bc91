package org.demarche.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The first schema.org article object ({@code NewsArticle}, {@code Article}, {@code BlogPosting}...) in a page's
 * JSON-LD blocks, found anywhere inside them (top level, arrays, {@code @graph}). Malformed blocks are skipped.
 */
final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Parsed once: parsing the query for every page cost more than running it. Evaluators keep no state. */
    private static final Evaluator LD_JSON_SCRIPTS = QueryParser.parse("script[type=application/ld+json]");
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "liveblogposting", "scholarlyarticle", "techarticle", "report", "socialmediaposting");

    private JsonLd() {
    }

    /** Whether {@code e} is a JSON-LD block ({@code <script type=application/ld+json>}) of the page {@code doc}. */
    static boolean isBlock(Document doc, Element e) {
        return e.nameIs("script") && LD_JSON_SCRIPTS.matches(doc, e);
    }

    /** The article object of the page whose JSON-LD blocks these are, in page order; null when none declares one. */
    static JsonNode article(List<Element> blocks) {
        for (Element script : blocks) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException | RuntimeException e) {
                continue; // a broken block says nothing; the page's other sources still do
            }
            JsonNode found = findArticle(root);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Breadth-first, iterative: JSON-LD blocks can nest deeply. */
    private static JsonNode findArticle(JsonNode root) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        if (root != null) {
            queue.add(root);
        }
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            if (node.isObject() && isArticle(node.get("@type"))) {
                return node;
            }
            if (node.isArray()) {
                node.forEach(queue::add);
            } else if (node.isObject() && node.has("@graph")) {
                queue.add(node.get("@graph"));
            }
        }
        return null;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        return isArticleType(type);
    }

    private static boolean isArticleType(JsonNode type) {
        return type.isTextual() && ARTICLE_TYPES.contains(type.textValue().toLowerCase(java.util.Locale.ROOT));
    }

    /** A text field, or the {@code name} of an object field, or null. */
    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        if (value.isObject()) {
            value = value.get("name") != null ? value.get("name") : value.get("@id");
        }
        return value != null && value.isTextual() && !value.textValue().isBlank() ? value.textValue().strip() : null;
    }
}
