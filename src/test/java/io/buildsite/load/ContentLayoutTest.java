package io.buildsite.load;

import io.buildsite.load.ContentLayout.CourseFolder;
import io.buildsite.load.ContentLayout.CourseIndex;
import io.buildsite.load.ContentLayout.LessonFile;
import io.buildsite.load.ContentLayout.MediaFile;
import io.buildsite.load.ContentLayout.MisplacedPage;
import io.buildsite.load.ContentLayout.Outside;
import io.buildsite.load.ContentLayout.PostFile;
import io.buildsite.load.ContentLayout.QuizBankFile;
import io.buildsite.model.SiteConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a path from the site root is, as the layout tells it, for a site in Vietnamese and English. */
class ContentLayoutTest {
    private static final ContentLayout LAYOUT = ContentLayout.of(
            new SiteConfig("Site", "/", List.of("vi", "en"), "vi", Map.of(), Map.of(), null));
    private static final CourseFolder AWS = new CourseFolder("cloud", "aws");

    @Test
    void anIndexInACourseFolderIsTheCourse() {
        assertThat(LAYOUT.place("content/series/cloud/aws/index.md")).isEqualTo(new CourseIndex(AWS));
    }

    @Test
    void anIndexInAnotherLanguageOfTheSiteIsTheCourseToo() {
        assertThat(LAYOUT.place("content/series/cloud/aws/index.en.md")).isEqualTo(new CourseIndex(AWS));
    }

    @Test
    void anIndexSuffixedWithALanguageTheSiteHasNotIsALesson() {
        assertThat(LAYOUT.place("content/series/cloud/aws/index.fr.md")).isEqualTo(new LessonFile(AWS, ""));
    }

    @Test
    void aLessonKnowsItsCourseAndTheChapterFoldersBetween() {
        assertThat(LAYOUT.place("content/series/cloud/aws/chapters/01-iam/lessons/01-users.md"))
                .isEqualTo(new LessonFile(AWS, "chapters/01-iam/lessons"));
    }

    @Test
    void anIndexBelowTheCourseFolderIsALesson() {
        assertThat(LAYOUT.place("content/series/cloud/aws/extra/index.md")).isEqualTo(new LessonFile(AWS, "extra"));
    }

    @Test
    void aPostKnowsItsCategoryFolder() {
        assertThat(LAYOUT.place("content/blog/news/launch.en.md")).isEqualTo(new PostFile("news"));
    }

    @Test
    void aPostRightInTheBlogFolderHasNoCategory() {
        assertThat(LAYOUT.place("content/blog/launch.md")).isEqualTo(new PostFile(""));
    }

    @Test
    void aJsonFileUnderDataQuizzesIsAQuizBank() {
        assertThat(LAYOUT.place("data/quizzes/aws.en.json")).isEqualTo(new QuizBankFile());
    }

    @Test
    void theQuizListIsNotAQuizBank() {
        assertThat(LAYOUT.place("data/quizzes.json")).isEqualTo(new Outside());
    }

    @Test
    void anotherFileUnderContentIsMediaPublishedAtItsPathThere() {
        assertThat(LAYOUT.place("content/series/cloud/aws/images/vpc.png")).isEqualTo(new MediaFile("series/cloud/aws/images/vpc.png"));
    }

    @Test
    void aPageOutsideTheCourseAndBlogFoldersIsMisplaced() {
        assertThat(LAYOUT.place("content/notes.md")).isEqualTo(new MisplacedPage());
    }

    @Test
    void aPageInACategoryFolderButNoCourseFolderIsMisplaced() {
        assertThat(LAYOUT.place("content/series/cloud/aws.md")).isEqualTo(new MisplacedPage());
    }

    @Test
    void staticFilesAndSettingsAreOutsideTheContent() {
        assertThat(List.of("static/CNAME", "site.yaml", "templates/base.peb")).map(LAYOUT::place)
                .containsOnly(new Outside());
    }

    @Test
    void onlyCoursesLessonsPostsAndQuizBanksArePageSources() {
        assertThat(List.of("content/series/cloud/aws/index.md", "content/series/cloud/aws/a/b.md", "content/blog/p.md",
                "data/quizzes/aws.json")).map(LAYOUT::place).allMatch(ContentLayout.PageSource.class::isInstance);
        assertThat(List.of("content/x.png", "content/notes.md", "static/x.md")).map(LAYOUT::place)
                .noneMatch(ContentLayout.PageSource.class::isInstance);
    }

    @Test
    void theCourseFolderOfAFileIsTheSameHoweverDeepItIs() {
        assertThat(ContentLayout.courseFolderOf("content/series/cloud/aws/index.md")).isEqualTo(AWS);
        assertThat(ContentLayout.courseFolderOf("content/series/cloud/aws/a/b/c.md")).isEqualTo(AWS);
        assertThat(ContentLayout.courseFolderOf("content/blog/news/aws/x.md")).isNull();
    }

    @Test
    void aCourseFolderNamesItsPathAndIndex() {
        assertThat(AWS.path()).isEqualTo("content/series/cloud/aws");
        assertThat(AWS.indexPath()).isEqualTo("content/series/cloud/aws/index.md");
    }

    @Test
    void aFileNamesItsLanguageBeforeItsExtension() {
        assertThat(LAYOUT.languageOf("content/blog/p.en.md")).isEqualTo("en");
        assertThat(LAYOUT.languageOf(ContentLayout.quizBankPath("aws"))).isEqualTo("vi");
        assertThat(LAYOUT.languageOf(ContentLayout.quizBankPath("aws.en"))).isEqualTo("en");
    }
}
