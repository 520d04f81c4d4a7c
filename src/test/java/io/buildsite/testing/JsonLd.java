package io.buildsite.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A page's JSON-LD as a search engine reads it: each {@code application/ld+json} script's text, parsed. */
public final class JsonLd {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLd() {
    }

    /** The nodes of every JSON-LD block of the page, each block's {@code @graph} spread out. */
    public static List<JsonNode> nodes(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root = parse(script.data());
            root.path("@graph").forEach(nodes::add);
            if (root.has("@type")) {
                nodes.add(root);
            }
        }
        return nodes;
    }

    /** The page's node of that schema.org type, if it has one. */
    public static Optional<JsonNode> ofType(Document page, String type) {
        return nodes(page).stream().filter(n -> n.path("@type").asText().equals(type)).findFirst();
    }

    /** Every text value in the tree, at any depth. */
    public static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        collect(node, texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.asText());
        }
        node.forEach(child -> collect(child, texts));
    }

    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
