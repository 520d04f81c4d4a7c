package io.buildsite.render;

import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;

/**
 * The elements the enhancement steps work on, found in one walk over a cleaned body rather than one
 * query per step (each query is a walk of its own). In document order, as a query would list them.
 * None of the steps adds or removes elements of the kinds another step works on, so one walk is enough.
 * The walk also measures how deeply the elements nest.
 */
record BodyElements(List<Element> withId, List<Element> headings, List<Element> tables, List<Element> quotes,
                    List<Element> images, List<Element> links, List<Element> pres, List<Element> inputs, int depth) {

    /** @param body its children are at depth 1 */
    static BodyElements of(Element body) {
        BodyElements found = new BodyElements(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), 0);
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element element) {
                found.add(element);
                deepest[0] = Math.max(deepest[0], depth);
            }
        }, body);
        return new BodyElements(found.withId, found.headings, found.tables, found.quotes, found.images, found.links,
                found.pres, found.inputs, deepest[0]);
    }

    private void add(Element element) {
        if (element.hasAttr("id")) {
            withId.add(element);
        }
        switch (element.normalName()) {
            case "h2", "h3" -> headings.add(element);
            case "table" -> tables.add(element);
            case "blockquote" -> quotes.add(element);
            case "img" -> images.add(element);
            case "a" -> {
                if (element.hasAttr("href")) {
                    links.add(element);
                }
            }
            case "pre" -> pres.add(element);
            case "input" -> inputs.add(element);
            default -> {
            }
        }
    }
}
