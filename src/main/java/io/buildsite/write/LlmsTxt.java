package io.buildsite.write;

import io.buildsite.assemble.PageContent;
import io.buildsite.assemble.PagePlan;
import io.buildsite.assemble.Views.CourseCard;
import io.buildsite.assemble.Views.CourseView;
import io.buildsite.assemble.Views.LessonEntry;
import io.buildsite.assemble.Views.PostCard;
import io.buildsite.assemble.Views.QuizCard;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.SitePaths;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One language tree's {@code llms.txt} (the llmstxt.org proposal): the site's title and summary, a section
 * per course listing its page, its lessons' Markdown copies in order and its quiz, then the quizzes, the
 * posts, and an optional section for {@code llms-full.txt}. Read from the list pages the assemble stage
 * made, so it shows what they show, in their order.
 */
final class LlmsTxt {
    /**
     * One language tree's published pages as {@code llms.txt} links them.
     *
     * @param byPath the tree's pages by path, drafts left out
     * @param link   a page's address from {@code llms.txt}: its Markdown copy for a lesson or post
     */
    record Tree(String lang, Map<String, PagePlan> byPath, Function<PagePlan, String> link) {
        PagePlan page(String path) {
            return path == null ? null : byPath.get(path);
        }
    }

    private LlmsTxt() {
    }

    /** The lessons of each course in this tree, courses in list order and lessons in course order. */
    static List<PagePlan> lessons(Tree tree) {
        List<PagePlan> lessons = new ArrayList<>();
        for (PagePlan course : courses(tree)) {
            CourseView view = ((PageContent.CoursePage) course.content()).course();
            view.sections().stream().flatMap(s -> s.lessons().stream()).map(LessonEntry::path)
                    .map(tree::page).filter(Objects::nonNull).forEach(lessons::add);
        }
        return lessons;
    }

    static String build(Tree tree, SiteConfig config, Map<String, String> t, String fullLink) {
        StringBuilder txt = new StringBuilder("# ").append(config.titleIn(tree.lang())).append("\n\n");
        String summary = config.descriptionIn(tree.lang());
        if (!summary.isBlank()) {
            txt.append("> ").append(oneLine(summary)).append("\n\n");
        }
        for (PagePlan course : courses(tree)) {
            CourseView view = ((PageContent.CoursePage) course.content()).course();
            txt.append("## ").append(oneLine(view.title())).append("\n\n");
            item(txt, tree, course);
            view.sections().stream().flatMap(s -> s.lessons().stream())
                    .forEach(lesson -> item(txt, tree, tree.page(lesson.path())));
            item(txt, tree, view.quiz() == null ? null : tree.page(view.quiz().path()));
            txt.append('\n');
        }
        if (tree.page(SitePaths.QUIZZES) != null
                && tree.page(SitePaths.QUIZZES).content() instanceof PageContent.QuizList list) {
            section(txt, tree, t.getOrDefault("nav_quizzes", "nav_quizzes"),
                    list.quizzes().stream().map(QuizCard::path).toList());
        }
        if (tree.page(SitePaths.BLOG) != null && tree.page(SitePaths.BLOG).content() instanceof PageContent.Blog blog) {
            section(txt, tree, t.getOrDefault("nav_blog", "nav_blog"), blog.posts().stream().map(PostCard::path).toList());
        }
        txt.append("## Optional\n\n- [").append(LlmsFiles.FULL).append("](").append(fullLink).append("): ")
                .append(t.getOrDefault("llms_full", "llms_full")).append('\n');
        return txt.toString();
    }

    /** The tree's course pages, in the order the list of courses shows them. */
    private static List<PagePlan> courses(Tree tree) {
        if (tree.page(SitePaths.SERIES) == null
                || !(tree.page(SitePaths.SERIES).content() instanceof PageContent.Series series)) {
            return List.of();
        }
        return series.categories().stream().flatMap(c -> c.courses().stream()).map(CourseCard::path)
                .map(tree::page).filter(page -> page != null && page.content() instanceof PageContent.CoursePage)
                .toList();
    }

    private static void section(StringBuilder txt, Tree tree, String title, List<String> paths) {
        List<PagePlan> pages = paths.stream().map(tree::page).filter(Objects::nonNull).toList();
        if (pages.isEmpty()) {
            return;
        }
        txt.append("## ").append(title).append("\n\n");
        pages.forEach(page -> item(txt, tree, page));
        txt.append('\n');
    }

    /** {@code - [title](link): description}; nothing for a page this tree does not publish. */
    private static void item(StringBuilder txt, Tree tree, PagePlan page) {
        if (page == null) {
            return;
        }
        txt.append("- [").append(linkText(page.heading().title())).append("](").append(tree.link().apply(page)).append(')');
        String notes = page.heading().description();
        if (notes != null && !notes.isBlank()) {
            txt.append(": ").append(oneLine(notes));
        }
        txt.append('\n');
    }

    private static String linkText(String title) {
        return oneLine(title == null ? "" : title).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
