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

/** {@code updated:} in front matter: when a lesson, post or course last changed. */
class UpdatedDateTest {
    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    private Lesson lessonWith(String updatedLine) throws Exception {
        TestSite.in(dir).course("c", "title: C").lesson("c", "01-a.md", "title: A\n" + updatedLine, "Text\n");
        return load().lessons().get(0);
    }

    private SiteSource load() throws Exception {
        return new SourceLoader(dir, diagnostics).load(null);
    }

    private List<String> reported() {
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aDateIsKeptAsTheDay() throws Exception {
        assertThat(lessonWith("updated: 2026-12-02").updated()).isEqualTo("2026-12-02");
        assertThat(reported()).isEmpty();
    }

    @Test
    void aDateTimeKeepsTheOffsetItWasWrittenWith() throws Exception {
        assertThat(lessonWith("updated: 2026-12-02T01:30:00+07:00").updated()).isEqualTo("2026-12-02T01:30:00+07:00");
    }

    @Test
    void aDateTimeWithoutAnOffsetIsTakenAsUtc() throws Exception {
        assertThat(lessonWith("updated: 2026-12-02 09:30").updated()).isEqualTo("2026-12-02T09:30:00Z");
    }

    @Test
    void aQuotedDateIsADateToo() throws Exception {
        assertThat(lessonWith("updated: '2026-12-02'  # reviewed").updated()).isEqualTo("2026-12-02");
    }

    @Test
    void aDayTheCalendarDoesNotHaveIsAnErrorAtItsLineAndNotRolledOver() throws Exception {
        assertThat(lessonWith("slug: a\nupdated: 2026-02-30").updated()).isNull();
        assertThat(reported()).containsExactly("content/series/cat/c/chapters/01-a/lessons/01-a.md:4:1: error: "
                + "'updated' must be a date such as 2026-12-02 or a date-time such as 2026-12-02T09:30:00+07:00, "
                + "not '2026-02-30'");
    }

    @Test
    void textThatIsNoDateIsAnError() throws Exception {
        assertThat(lessonWith("updated: last week").updated()).isNull();
        assertThat(reported()).singleElement().asString().endsWith("not 'last week'");
    }

    @Test
    void postsAndCoursesAreDatedTheSameWay() throws Exception {
        TestSite.in(dir).course("c", "title: C\nupdated: 2026-10-01")
                .file("content/blog/news/p.md", "---\ntitle: P\nupdated: 2026-11-01\n---\nText\n");

        SiteSource site = load();

        assertThat(site.courses()).extracting(Course::updated).containsExactly("2026-10-01");
        assertThat(site.posts()).extracting(BlogPost::updated).containsExactly("2026-11-01");
    }
}
