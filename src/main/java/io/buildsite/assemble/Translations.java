package io.buildsite.assemble;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The versions of one piece of content, by language. A language without its own version shows the
 * original (the default language's, or else any that exists).
 */
final class Translations<T> {
    private final Map<String, T> byLang;
    private final T original;
    private final String originalLang;

    private Translations(Map<String, T> byLang, String defaultLanguage) {
        this.byLang = byLang;
        this.originalLang = byLang.containsKey(defaultLanguage) ? defaultLanguage : byLang.keySet().iterator().next();
        this.original = byLang.get(originalLang);
    }

    /** Groups items by key (kept in key order) and language. */
    static <T> List<Translations<T>> group(Collection<T> items, Function<T, String> key, Function<T, String> lang,
                                           String defaultLanguage) {
        Map<String, Map<String, T>> groups = new TreeMap<>();
        for (T item : items) {
            groups.computeIfAbsent(key.apply(item), k -> new LinkedHashMap<>()).put(lang.apply(item), item);
        }
        return groups.values().stream().map(m -> new Translations<>(m, defaultLanguage)).toList();
    }

    T original() {
        return original;
    }

    String originalLang() {
        return originalLang;
    }

    /** The version shown in {@code lang}: its own, or the original. */
    T in(String lang) {
        return byLang.getOrDefault(lang, original);
    }

    boolean hasOwn(String lang) {
        return byLang.containsKey(lang);
    }

    Collection<T> all() {
        return byLang.values();
    }
}
