package io.buildsite.assemble;

import io.buildsite.model.PackedText;

import io.buildsite.render.TocEntry;

import java.util.List;

/** What templates receive. Paths are relative to the language root; see docs/templates.md. */
public final class Views {
    private Views() {
    }

    public record TagRef(String name, String path) {
    }

    public record LinkRef(String title, String path) {
    }

    public record CourseCard(String title, String path, String description, String level, String durationHours,
                             int lessonCount, int comingSoonCount, List<TagRef> tags, LinkRef quiz,
                             String contentLang, LinkRef category) {
    }

    public record QuizCard(String title, String description, String path, int questionCount, int durationMinutes,
                           int passingScore, String provider, String level, LinkRef course, String contentLang) {
    }

    public record PostCard(String title, String excerpt, String path, String date, String dateIso,
                           Integer readingTime, List<TagRef> tags, String contentLang) {
    }

    /** @param draft the lesson is a draft, shown by a preview or {@code --drafts} */
    public record LessonEntry(String title, String path, Integer durationMinutes, String description,
                              boolean current, boolean comingSoon, String contentLang, boolean draft) {
    }

    /** @param start the number of its first lesson in the course, so the outline counts on across sections */
    public record SectionView(String title, String description, List<LessonEntry> lessons, int start) {
    }

    public record CategoryGroup(String name, String path, List<CourseCard> courses) {
    }

    public record CourseView(String title, String path, String description, String level, String durationHours,
                             int lessonCount, int comingSoonCount, List<TagRef> tags, LinkRef quiz, String contentLang,
                             LinkRef category,
                             List<SectionView> sections, PackedText bodyHtml, List<TocEntry> toc, String author,
                             String publishedDate, LinkRef firstLesson) {
    }

    public record LessonView(String title, String description, Integer durationMinutes, PackedText bodyHtml,
                             List<TocEntry> toc, LinkRef course, String sectionTitle, List<SectionView> outline,
                             LinkRef prev, LinkRef next, LinkRef quiz, String contentLang, Revision revision) {
    }

    public record DomainView(String name, int weight, int questionCount) {
    }

    public record OptionView(String letter, String html, boolean correct) {
    }

    public record QuestionView(int number, String domain, String questionHtml, List<OptionView> options,
                               String explanationHtml) {
    }

    public record QuizView(String title, String description, String path, int questionCount, int durationMinutes,
                           int passingScore, String provider, String level, LinkRef course, String contentLang,
                           String bankLang, List<DomainView> domains, List<QuestionView> questions,
                           String dataJson) {
    }

    public record PostView(String title, String excerpt, String path, String date, String dateIso,
                           Integer readingTime, List<TagRef> tags, String contentLang, PackedText bodyHtml,
                           List<TocEntry> toc, String author, Revision revision) {
    }

    /**
     * When a lesson or post last changed and where its file is edited.
     *
     * @param updated    the date in the page's language, or null when it is not known
     * @param updatedIso the same date as {@code YYYY-MM-DD}, for {@code <time datetime>}
     * @param editUrl    the address that edits the page's source file, or null without {@code edit_url}
     */
    public record Revision(String updated, String updatedIso, String editUrl) {
    }

    public record TagSummary(String name, String path, int count) {
    }

    public record TagView(String name, List<CourseCard> courses, List<PostCard> posts, List<QuizCard> quizzes) {
    }
}
