package io.buildsite.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The syntax highlighter the pages load: Prism's core plus the grammars of the languages the site's
 * code blocks use (with what they require), taken from the {@code prismjs} WebJar on the classpath.
 */
final class PrismBundle {
    private PrismBundle() {
    }

    /** The script, or null when no block names a language Prism knows. */
    static String build(Set<String> languages) throws IOException {
        String version = WebJars.version("prismjs");
        String base = WebJars.root("prismjs");
        JsonNode components = new ObjectMapper().readTree(read(base + "components.json"));
        JsonNode grammars = components.get("languages");
        Map<String, String> byAlias = new HashMap<>();
        grammars.properties().forEach(entry -> {
            byAlias.put(entry.getKey(), entry.getKey());
            JsonNode alias = entry.getValue().get("alias");
            if (alias != null) {
                if (alias.isArray()) {
                    alias.forEach(a -> byAlias.put(a.asText(), entry.getKey()));
                } else {
                    byAlias.put(alias.asText(), entry.getKey());
                }
            }
        });
        Set<String> ordered = new LinkedHashSet<>();
        for (String language : new TreeSet<>(languages)) {
            String id = byAlias.get(language);
            if (id != null && !id.equals("meta")) {
                addWithRequirements(id, grammars, ordered);
            }
        }
        if (ordered.isEmpty()) {
            return null;
        }
        StringBuilder script = new StringBuilder();
        script.append("/* Prism ").append(version).append(" (MIT license, prismjs.com), languages: ")
                .append(String.join(", ", ordered)).append(" */\n");
        script.append("window.Prism=window.Prism||{};Prism.manual=false;\n");
        script.append(read(base + "components/prism-core.min.js")).append('\n');
        for (String id : ordered) {
            script.append(read(base + "components/prism-" + id + ".min.js")).append('\n');
        }
        return script.toString();
    }

    private static void addWithRequirements(String id, JsonNode grammars, Set<String> ordered) {
        if (ordered.contains(id) || !grammars.has(id)) {
            return;
        }
        JsonNode require = grammars.get(id).get("require");
        if (require != null) {
            if (require.isArray()) {
                require.forEach(r -> addWithRequirements(r.asText(), grammars, ordered));
            } else {
                addWithRequirements(require.asText(), grammars, ordered);
            }
        }
        ordered.add(id);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = PrismBundle.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing from the prismjs WebJar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
