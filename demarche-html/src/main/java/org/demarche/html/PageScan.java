package org.demarche.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What the extraction needs from the page as parsed, gathered in one walk over the whole tree before anything is
 * removed: the metadata marks ({@link PageMetadata.Marks}), the JSON-LD blocks ({@link JsonLd#isBlock}) and the
 * elements of the body that are never article text ({@link BodyExtractor#isJunk}). One walk instead of one per
 * stage: on a page of a few thousand elements, each walk costs as much as the stage's own work.
 *
 * @param junk the body's junk elements in page order (the body itself included when it is hidden)
 */
record PageScan(Element body, PageMetadata.Marks marks, List<Element> jsonLdBlocks, List<Element> junk) {

    static PageScan of(Document doc) {
        Element body = doc.body(); // first: a page without a body gets an empty one, as later stages expect
        PageMetadata.Marks marks = new PageMetadata.Marks();
        List<Element> jsonLdBlocks = new ArrayList<>();
        List<Element> junk = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean inBody;

            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                inBody |= e == body;
                marks.add(e);
                if (JsonLd.isBlock(doc, e)) {
                    jsonLdBlocks.add(e);
                }
                if (inBody && BodyExtractor.isJunk(e)) {
                    junk.add(e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                inBody &= node != body;
            }
        }, doc);
        return new PageScan(body, marks, jsonLdBlocks, junk);
    }
}
