package io.buildsite.write;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The UI strings of one language: {@code templates/i18n/<lang>.yaml}, a flat map of key to text. */
public final class Dictionary {
    private Dictionary() {
    }

    public static Map<String, String> load(Theme theme, String lang) throws IOException {
        byte[] bytes = theme.read("i18n/" + lang + ".yaml")
                .orElseThrow(() -> new IOException("no UI dictionary for language '" + lang
                        + "': add templates/i18n/" + lang + ".yaml"));
        Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(new String(bytes, StandardCharsets.UTF_8));
        Map<String, String> strings = new LinkedHashMap<>();
        if (data instanceof Map<?, ?> map) {
            map.forEach((k, v) -> strings.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        }
        return Map.copyOf(strings);
    }

    /** The entries whose key starts with {@code prefix}, in key order (for a script to read). */
    static Map<String, String> withPrefix(Map<String, String> strings, String prefix) {
        Map<String, String> selected = new TreeMap<>();
        strings.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                selected.put(k, v);
            }
        });
        return selected;
    }
}
