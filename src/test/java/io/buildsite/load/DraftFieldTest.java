package io.buildsite.load;

import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.SiteSource;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code draft:} in front matter: true or false, and nothing that only some readers take for either. */
class DraftFieldTest {
    private static final String LESSON = "content/series/cat/c/chapters/01-a/lessons/01-a.md";

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private SiteSource load() throws Exception {
        return new SourceLoader(dir, diagnostics).load(null);
    }

    private List<String> reported() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    private SiteSource withLessonDraft(String value) throws Exception {
        TestSite.in(dir).course("c", "title: C").lesson("c", "01-a.md", "title: A\ndraft: " + value, "a");
        return load();
    }

    @Test
    void aLessonCourseAndPostReadTheirDraftFlag() throws Exception {
        TestSite.in(dir).course("c", "title: C\ndraft: true")
                .lesson("c", "01-a.md", "title: A\ndraft: true", "a")
                .file("content/blog/cat/p.md", "---\ntitle: P\ndraft: true\n---\np");

        SiteSource site = load();

        assertThat(reported()).isEmpty();
        assertThat(site.courses()).extracting(Course::draft).containsExactly(true);
        assertThat(site.lessons()).extracting(Lesson::draft).containsExactly(true);
        assertThat(site.posts()).extracting(BlogPost::draft).containsExactly(true);
    }

    @Test
    void withoutTheFieldNothingIsADraft() throws Exception {
        TestSite.in(dir).course("c", "title: C").lesson("c", "01-a.md", "title: A", "a");

        assertThat(load().lessons()).extracting(Lesson::draft).containsExactly(false);
    }

    @Test
    void falseIsNoDraft() throws Exception {
        assertThat(withLessonDraft("false").lessons()).extracting(Lesson::draft).containsExactly(false);
        assertThat(reported()).isEmpty();
    }

    @Test
    void yesIsReportedAtItsLine() throws Exception {
        withLessonDraft("yes");

        assertThat(reported()).containsExactly(LESSON + ":3:1: error: 'draft' must be true or false, not 'yes'");
    }

    @Test
    void quotedTrueIsReportedAsText() throws Exception {
        withLessonDraft("\"true\"");

        assertThat(reported()).containsExactly(LESSON + ":3:1: error: 'draft' must be true or false, not the text 'true'");
    }

    @Test
    void oneIsReported() throws Exception {
        withLessonDraft("1");

        assertThat(reported()).containsExactly(LESSON + ":3:1: error: 'draft' must be true or false, not '1'");
    }

    @Test
    void aCommentAfterTheValueIsNoPartOfIt() throws Exception {
        assertThat(withLessonDraft("true  # until the review").lessons()).extracting(Lesson::draft).containsExactly(true);
        assertThat(reported()).isEmpty();
    }
}
