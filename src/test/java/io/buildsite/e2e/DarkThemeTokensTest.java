package io.buildsite.e2e;

import io.buildsite.testing.ProjectSite;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default theme's dark colours are written twice in site.css, as CSS has no selector for a media
 * feature: once for a dark system scheme, once for the reader's choice. Both must say the same.
 */
class DarkThemeTokensTest {
    private static final Pattern DECLARATION = Pattern.compile("(--[\\w-]+|color-scheme)\\s*:\\s*([^;]+);");

    @Test
    void theSystemsDarkAndTheChosenDarkDeclareTheSameValues() throws IOException {
        String css = siteCss();
        Map<String, String> system = declarations(block(css, ":root:not([data-theme=light]) {"));
        assertThat(system).containsKeys("color-scheme", "--bg", "--fg", "--accent");
        assertThat(declarations(block(css, "[data-theme=dark] {"))).isEqualTo(system);
    }

    @Test
    void everyDarkValueReplacesALightOne() throws IOException {
        String css = siteCss();
        Map<String, String> light = declarations(block(css, ":root {"));
        assertThat(light).containsKeys(declarations(block(css, "[data-theme=dark] {")).keySet().toArray(String[]::new));
    }

    private static String siteCss() throws IOException {
        return Files.readString(ProjectSite.root().resolve("templates/assets/site.css"));
    }

    /** The text between the rule that opens with {@code opening} and its closing brace. */
    private static String block(String css, String opening) {
        int start = css.indexOf(opening);
        assertThat(start).as("a rule %s in site.css", opening).isNotNegative();
        return css.substring(start + opening.length(), css.indexOf('}', start));
    }

    private static Map<String, String> declarations(String block) {
        Map<String, String> found = new LinkedHashMap<>();
        Matcher declaration = DECLARATION.matcher(block);
        while (declaration.find()) {
            found.put(declaration.group(1), declaration.group(2).strip());
        }
        return found;
    }
}
