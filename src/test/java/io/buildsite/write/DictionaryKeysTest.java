package io.buildsite.write;

import io.buildsite.model.PageLabel;
import io.buildsite.testing.ProjectSite;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The default theme's two UI dictionaries and the keys its templates and scripts use. */
class DictionaryKeysTest {
    /** {@code t.key} (not {@code x.t.key} or {@code at.key}) and {@code t["key"]}. */
    private static final Pattern TEMPLATE_KEY =
            Pattern.compile("(?<![\\w.])t\\.([A-Za-z_][A-Za-z0-9_]*)|(?<![\\w.])t\\[\"([^\"]+)\"\\]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private static Map<String, String> dictionary(String lang) throws IOException {
        try (InputStream in = DictionaryKeysTest.class.getResourceAsStream("/theme/i18n/" + lang + ".yaml")) {
            assertThat(in).as("theme/i18n/%s.yaml on the classpath", lang).isNotNull();
            Object data = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String> strings = new TreeMap<>();
            ((Map<?, ?>) data).forEach((k, v) -> strings.put(String.valueOf(k), String.valueOf(v)));
            return strings;
        }
    }

    private static Path templates() {
        return ProjectSite.root().resolve("templates");
    }

    private static Set<String> keysUsedInTemplates() throws IOException {
        Set<String> keys = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.list(templates()), Files.list(templates().resolve("partials")))) {
            files = walk.filter(p -> p.toString().endsWith(".peb")).toList();
        }
        for (Path file : files) {
            Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
            while (m.find()) {
                keys.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return keys;
    }

    @Test
    void bothDictionariesHaveExactlyTheSameKeys() throws IOException {
        assertThat(dictionary("en").keySet()).containsExactlyElementsOf(dictionary("vi").keySet());
    }

    @Test
    void noValueIsEmpty() throws IOException {
        for (String lang : List.of("vi", "en")) {
            assertThat(dictionary(lang)).as(lang).allSatisfy((k, v) -> assertThat(v).as(k).isNotBlank());
        }
    }

    @Test
    void templatesUseKeys() throws IOException {
        assertThat(keysUsedInTemplates()).contains("nav_home", "coming_soon", "untranslated_notice");
    }

    @Test
    void everyKeyTheTemplatesUseIsInBothDictionaries() throws IOException {
        Set<String> used = keysUsedInTemplates();

        assertThat(dictionary("vi").keySet()).as("vi.yaml").containsAll(used);
        assertThat(dictionary("en").keySet()).as("en.yaml").containsAll(used);
    }

    @Test
    void everyLevelATemplateMayLookUpIsInBothDictionaries() throws IOException {
        for (String lang : List.of("vi", "en")) {
            assertThat(dictionary(lang)).as(lang)
                    .containsKeys("level_beginner", "level_intermediate", "level_advanced", "level_expert");
        }
    }

    @Test
    void everyTitleKeyThePagesUseIsInBothDictionaries() throws IOException {
        List<String> titleKeys = List.of("nav_home", "nav_courses", "nav_quizzes", "nav_blog", "nav_tags",
                "not_found_title", "language_name");
        for (String lang : List.of("vi", "en")) {
            assertThat(dictionary(lang).keySet()).as(lang).containsAll(titleKeys);
        }
    }

    @Test
    void everyLabelARenderedBodyShowsIsInBothDictionaries() throws IOException {
        for (String lang : List.of("vi", "en")) {
            assertThat(dictionary(lang).keySet()).as(lang)
                    .containsAll(Stream.of(PageLabel.values()).map(PageLabel::key).toList());
        }
    }

    @Test
    void everyQuizKeyTheQuizScriptsUseIsInBothDictionaries() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> scripts = Files.walk(templates().resolve("assets"))) {
            for (Path script : scripts.filter(f -> f.toString().endsWith(".js")).toList()) {
                Matcher m = Pattern.compile("['\"](quiz_[a-z_]+)['\"]").matcher(Files.readString(script));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(dictionary("vi").keySet()).as("vi.yaml").containsAll(used);
        assertThat(dictionary("en").keySet()).as("en.yaml").containsAll(used);
    }

    @Test
    void eachStringHasTheSamePlaceholdersInBothLanguages() throws IOException {
        Map<String, String> vi = dictionary("vi");
        Map<String, String> en = dictionary("en");
        for (String key : vi.keySet()) {
            assertThat(placeholders(en.getOrDefault(key, ""))).as(key).isEqualTo(placeholders(vi.get(key)));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
