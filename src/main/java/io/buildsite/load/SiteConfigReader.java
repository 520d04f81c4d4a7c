package io.buildsite.load;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the optional {@code site.yaml}; every setting has a default so a bare content folder builds. */
final class SiteConfigReader {
    static final String FILE = "site.yaml";

    private SiteConfigReader() {
    }

    static SiteConfig read(Path root, Diagnostics diagnostics) throws IOException {
        Path file = root.resolve(FILE);
        Map<?, ?> data = Map.of();
        if (Files.isRegularFile(file)) {
            try {
                Object parsed = YamlReader.parse(TextFiles.read(file), 0);
                if (parsed instanceof Map<?, ?> m) {
                    data = m;
                } else if (parsed != null) {
                    diagnostics.error(FILE, 1, 1, "site.yaml must be a mapping of settings");
                }
            } catch (InvalidContentException e) {
                diagnostics.error(FILE, e.line(), e.column(), e.getMessage());
            }
        }
        Fields f = new Fields(data, (key, message) -> diagnostics.error(FILE, 1, 1, message));
        List<String> languages = new ArrayList<>();
        for (Object l : f.list("languages")) {
            languages.add(String.valueOf(l));
        }
        if (languages.isEmpty()) {
            languages = new ArrayList<>(List.of("vi", "en"));
        }
        String defaultLanguage = f.string("default_language");
        if (defaultLanguage == null) {
            defaultLanguage = languages.get(0);
        } else if (!languages.contains(defaultLanguage)) {
            languages.add(0, defaultLanguage);
        }
        for (String lang : languages) {
            if (!lang.matches("[a-z]{2,3}(-[A-Za-z]{2,4})?")) {
                diagnostics.error(FILE, 1, 1, "language '" + lang + "' is not a language code such as vi or en");
            }
        }
        String title = f.string("title");
        Map<String, String> titles = perLanguage(f, "titles", languages, defaultLanguage);
        Map<String, String> descriptions = perLanguage(f, "description", languages, defaultLanguage);
        if (title == null) {
            title = titles.getOrDefault(defaultLanguage, "build-site");
        }
        return new SiteConfig(title, normalizeBaseUrl(f.string("base_url")), languages, defaultLanguage,
                titles, descriptions, f.string("asset_base"));
    }

    /** A setting given per language ({@code {vi: …, en: …}}) or once for the default language. */
    private static Map<String, String> perLanguage(Fields f, String key, List<String> languages, String defaultLanguage) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!f.has(key)) {
            return values;
        }
        if (!f.isMap(key)) {
            String value = f.string(key);
            if (value != null) {
                values.put(defaultLanguage, value);
            }
            return values;
        }
        Fields map = f.map(key);
        for (String lang : languages) {
            String value = map.string(lang);
            if (value != null) {
                values.put(lang, value);
            }
        }
        return values;
    }

    /** {@code https://x.io/repo} and {@code https://x.io/repo/} mean the same site. */
    static String normalizeBaseUrl(String url) {
        if (url == null || url.isBlank()) {
            return "/";
        }
        String trimmed = url.strip();
        return trimmed.endsWith("/") ? trimmed : trimmed + "/";
    }
}
