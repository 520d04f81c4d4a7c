package io.buildsite.assemble;

import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.Lesson;
import io.buildsite.model.Source;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LessonFinderTest {
    private static final String INDEX = "content/series/cat/c/index.md";

    private final Diagnostics diagnostics = new Diagnostics();

    private static Lesson lesson(String fileStem, String slug) {
        return new Lesson(new Source("content/series/cat/c/chapters/01/lessons/" + fileStem + ".md", 4), "vi", "c", "01",
                fileStem, null, "Title of " + fileStem, slug, null, null, null, null, null, io.buildsite.model.PackedText.EMPTY, false);
    }

    private static LessonFinder finder(Lesson... lessons) {
        return new LessonFinder(Translations.group(List.of(lessons), l -> l.source().path(), Lesson::lang, "vi"));
    }

    private String found(LessonFinder finder, String ref) {
        Translations<Lesson> t = finder.find(ref, INDEX, 7, diagnostics);
        return t == null ? null : t.original().fileStem();
    }

    @Test
    void findsBySlug() {
        assertThat(found(finder(lesson("01-bai-1-x", "lesson-one")), "lesson-one")).isEqualTo("01-bai-1-x");
    }

    @Test
    void findsByFileStem() {
        assertThat(found(finder(lesson("01-bai-1-x", "lesson-one")), "01-bai-1-x")).isEqualTo("01-bai-1-x");
    }

    @Test
    void findsByFileStemWithoutItsNumber() {
        assertThat(found(finder(lesson("01-bai-1-x", "lesson-one")), "bai-1-x")).isEqualTo("01-bai-1-x");
    }

    @Test
    void slugWinsOverAnotherLessonsStemWithoutNumber() {
        LessonFinder finder = finder(lesson("01-intro", "start"), lesson("02-other", "intro"));

        assertThat(found(finder, "intro")).isEqualTo("02-other");
    }

    @Test
    void fileStemWinsOverAnotherLessonsStemWithoutNumber() {
        LessonFinder finder = finder(lesson("01-setup", "s1"), lesson("setup", "s2"));

        assertThat(found(finder, "setup")).isEqualTo("setup");
    }

    @Test
    void unknownNameFindsNothingAndReportsNothing() {
        assertThat(found(finder(lesson("01-a", "a")), "b")).isNull();
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void ambiguousNameIsAnErrorAndFindsNothing() {
        LessonFinder finder = finder(lesson("01-x", "first"), lesson("02-x", "second"));

        assertThat(found(finder, "x")).isNull();
        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(INDEX + ":7:1: error: lesson name 'x' "
                + "is ambiguous: it names content/series/cat/c/chapters/01/lessons/01-x.md, "
                + "content/series/cat/c/chapters/01/lessons/02-x.md");
    }

    @Test
    void nameThatIsUniqueAtAnEarlierLevelIsNotAmbiguous() {
        LessonFinder finder = finder(lesson("01-x", "x"), lesson("02-x", "second"));

        assertThat(found(finder, "x")).isEqualTo("01-x");
        assertThat(diagnostics.sorted()).isEmpty();
    }
}
