package io.buildsite.load;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.Provider;
import io.buildsite.model.SiteConfig;
import io.buildsite.text.Lines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the optional {@code site.yaml}; every setting has a default so a bare content folder builds. The
 * title is null when it names none: {@link SiteDefaults} takes one from the content.
 */
final class SiteConfigReader {
    static final String FILE = "site.yaml";
    static final String GIT_DATES = "git_dates";
    private static final String PROVIDER = "provider";

    private SiteConfigReader() {
    }

    static SiteConfig read(Path root, Diagnostics diagnostics) throws IOException {
        Path file = root.resolve(FILE);
        Map<?, ?> data = Map.of();
        String text = "";
        if (Files.isRegularFile(file)) {
            try {
                text = TextFiles.read(file);
                Object parsed = YamlReader.parse(text, 0);
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
            // Null when site.yaml names none: SiteDefaults takes one from the courses.
            title = titles.get(defaultLanguage);
        }
        String baseUrl = address(f, "base_url", SiteAddresses::baseUrl, text, diagnostics);
        String assetBase = address(f, "asset_base", SiteAddresses::assetBase, text, diagnostics);
        String editUrl = address(f, "edit_url", SiteAddresses::editUrl, text, diagnostics);
        return new SiteConfig(title, baseUrl == null ? SiteConfig.NO_BASE_URL : baseUrl, languages, defaultLanguage,
                titles, descriptions, assetBase, editUrl, gitDates(f, text, diagnostics), provider(f, text, diagnostics));
    }

    /** {@code provider}: a name, or a mapping of {@code name} and {@code url}; null when not set. */
    private static Provider provider(Fields f, String text, Diagnostics diagnostics) {
        if (!f.has(PROVIDER)) {
            return null;
        }
        if (!f.isMap(PROVIDER)) {
            String name = f.string(PROVIDER);
            return name == null ? null : new Provider(name, null);
        }
        Fields provider = f.map(PROVIDER);
        String url = provider.string("url");
        try {
            url = url == null ? null : SiteAddresses.page(url, PROVIDER + ".url");
        } catch (SiteAddresses.Invalid e) {
            diagnostics.error(FILE, lineOfKey(text, PROVIDER), 1, e.getMessage());
            url = null;
        }
        return new Provider(provider.string("name"), url);
    }

    /** {@code git_dates}: true or false, named after what it turns on; anything else is reported and off. */
    private static boolean gitDates(Fields f, String text, Diagnostics diagnostics) {
        String value = f.string(GIT_DATES);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (!value.equals("true")) {
            diagnostics.error(FILE, lineOfKey(text, GIT_DATES), 1, GIT_DATES + " must be true or false, not '" + value + "'");
        }
        return value.equals("true");
    }

    /** How {@link SiteAddresses} reads one kind of address. */
    private interface AddressRule {
        String read(String text, String setting) throws SiteAddresses.Invalid;
    }

    /** The address set under {@code key}, as {@code rule} normalises it; null when absent or refused (reported). */
    private static String address(Fields f, String key, AddressRule rule, String text, Diagnostics diagnostics) {
        String value = f.string(key);
        try {
            return value == null ? null : rule.read(value, key);
        } catch (SiteAddresses.Invalid e) {
            diagnostics.error(FILE, lineOfKey(text, key), 1, e.getMessage());
            return null;
        }
    }

    /** Line of the top-level {@code key:} in {@code root}'s site.yaml; line 1 when it is not written. */
    static int lineOfSetting(Path root, String key) throws IOException {
        try {
            return lineOfKey(TextFiles.read(root.resolve(FILE)), key);
        } catch (InvalidContentException e) {
            return 1;
        }
    }

    /** Line of the top-level {@code key:} in the file; line 1 when it is not written. */
    private static int lineOfKey(String text, String key) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*:")
                .matcher(text);
        return m.find() ? Lines.lineAt(text, m.start()) : 1;
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
}
