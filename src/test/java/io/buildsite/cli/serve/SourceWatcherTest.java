package io.buildsite.cli.serve;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which changes the preview watches for. */
class SourceWatcherTest {
    @Test
    void editorsScratchFilesAreNotChanges() {
        for (String name : new String[] {".lesson.md.swp", "lesson.md~", "4913", "sedAb12Cd", ".#lesson.md", "x.tmp"}) {
            assertThat(SourceWatcher.isEditorScratch(Path.of("content", name))).as(name).isTrue();
        }
        assertThat(SourceWatcher.isEditorScratch(Path.of("content", "01-bai-1.md"))).isFalse();
    }
}
