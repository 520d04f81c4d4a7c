package io.buildsite.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a change to the theme asks to re-render. */
class ThemeChangeTest {
    @TempDir
    Path root;

    private ThemeChange after(String... files) {
        return ThemeChange.of(new SiteLayout(root, root),
                java.util.Arrays.stream(files).map(root::resolve).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aPageTemplateEditReRendersOnlyItsPages() {
        ThemeChange change = after("templates/lesson.peb");

        assertThat(change.any()).isTrue();
        assertThat(change.onlyKinds()).containsExactly("lesson");
    }

    @Test
    void aSiteFileTemplateOrThePreviewScriptEditReRendersNoPage() {
        ThemeChange change = after("templates/sitemap.xml.peb", "templates/feed.xml.peb", "templates/serve/live-reload.js");

        assertThat(change.everything()).isFalse();
        assertThat(change.onlyKinds()).containsExactlyInAnyOrder("sitemap.xml", "feed.xml", "serve/live-reload.js")
                .doesNotContainAnyElementsOf(io.buildsite.write.Theme.PAGE_TEMPLATES);
    }

    @Test
    void aLayoutPartialOrDictionaryEditReRendersEveryPage() {
        for (String file : new String[] {"base.peb", "partials/course-card.peb", "i18n/vi.yaml", "assets/site.css"}) {
            assertThat(after("templates/" + file).everything()).as(file).isTrue();
        }
    }

    @Test
    void aContentEditIsNoThemeChange() {
        assertThat(after("content/x.md").any()).isFalse();
        assertThat(ThemeChange.of(new SiteLayout(root, root), Set.of(root)).everything()).isTrue();
    }
}
