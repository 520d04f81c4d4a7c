package io.buildsite.cli.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which changes the preview watches for, and what a change to the theme asks to re-render. */
class SourceWatcherTest {
    @TempDir
    Path root;

    @Test
    void editorsScratchFilesAreNotChanges() {
        for (String name : new String[] {".lesson.md.swp", "lesson.md~", "4913", "sedAb12Cd", ".#lesson.md", "x.tmp"}) {
            assertThat(SourceWatcher.isEditorScratch(Path.of("content", name))).as(name).isTrue();
        }
        assertThat(SourceWatcher.isEditorScratch(Path.of("content", "01-bai-1.md"))).isFalse();
    }

    @Test
    void aPageTemplateEditReRendersOnlyItsPages() throws IOException {
        Files.createDirectories(root.resolve("templates"));
        try (SourceWatcher watcher = new SourceWatcher(root, changed -> { })) {
            PreviewSite.ThemeChange change = watcher.themeChange(Set.of(root.resolve("templates/lesson.peb").toAbsolutePath()));
            assertThat(change.any()).isTrue();
            assertThat(change.onlyKinds()).containsExactly("lesson");
        }
    }

    @Test
    void aLayoutPartialOrDictionaryEditReRendersEveryPage() throws IOException {
        Files.createDirectories(root.resolve("templates"));
        try (SourceWatcher watcher = new SourceWatcher(root, changed -> { })) {
            for (String file : new String[] {"base.peb", "partials/course-card.peb", "i18n/vi.yaml", "assets/site.css"}) {
                assertThat(watcher.themeChange(Set.of(root.resolve("templates/" + file).toAbsolutePath())).everything())
                        .as(file).isTrue();
            }
        }
    }

    @Test
    void aContentEditIsNoThemeChange() throws IOException {
        Files.createDirectories(root.resolve("content"));
        try (SourceWatcher watcher = new SourceWatcher(root, changed -> { })) {
            assertThat(watcher.themeChange(Set.of(root.resolve("content/x.md").toAbsolutePath())).any()).isFalse();
        }
    }
}
