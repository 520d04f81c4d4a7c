package io.buildsite.assemble;

import io.buildsite.assemble.PagePlan.Crumb;
import io.buildsite.assemble.PagePlan.Heading;
import io.buildsite.assemble.Views.CategoryGroup;
import io.buildsite.assemble.Views.CourseCard;
import io.buildsite.assemble.Views.PostCard;
import io.buildsite.assemble.Views.QuizCard;
import io.buildsite.assemble.Views.TagSummary;
import io.buildsite.assemble.Views.TagView;
import io.buildsite.model.SitePaths;
import io.buildsite.text.Slugify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pages that list what the others hold: home, courses, quizzes, blog, tags, and the not-found page. */
final class ListPages {
    /** How many of the newest posts the home page shows. */
    private static final int HOME_POSTS = 5;

    private final LanguageTree tree;

    ListPages(LanguageTree tree) {
        this.tree = tree;
    }

    void add(List<CourseCard> courses, List<QuizCard> quizzes, List<PostCard> posts) {
        List<CategoryGroup> categories = categories(courses);
        tree.addOwn(SitePaths.HOME, Heading.named("nav_home", tree.index.source.config().descriptionIn(tree.lang)),
                List.of(), new PageContent.Home(categories, posts.subList(0, Math.min(HOME_POSTS, posts.size())), quizzes));
        tree.addOwn(SitePaths.SERIES, Heading.named("nav_courses", null), trail("nav_courses"),
                new PageContent.Series(categories));
        tree.addOwn(SitePaths.QUIZZES, Heading.named("nav_quizzes", null), trail("nav_quizzes"),
                new PageContent.QuizList(quizzes));
        tree.addOwn(SitePaths.BLOG, Heading.named("nav_blog", null), trail("nav_blog"), new PageContent.Blog(posts));
        tagPages();
        tree.addOwn("404.html", Heading.named("not_found_title", null), List.of(), new PageContent.NotFound());
    }

    /** Each tag's page, then the list of tags. */
    private void tagPages() {
        List<TagSummary> summaries = new ArrayList<>();
        for (Map.Entry<String, TagShelf.Tagged> entry : tree.tags.bySlug().entrySet()) {
            TagShelf.Tagged tagged = entry.getValue();
            String path = SitePaths.tag(entry.getKey());
            summaries.add(new TagSummary(tagged.name(), path, tagged.count()));
            tree.addOwn(path, Heading.of(tagged.name(), null),
                    List.of(tree.home(), new Crumb(null, "nav_tags", SitePaths.TAGS), new Crumb(tagged.name(), null, null)),
                    new PageContent.TagPage(new TagView(tagged.name(), tagged.courses(), tagged.posts(), tagged.quizzes())));
        }
        summaries.sort(Comparator.comparing((TagSummary t) -> Slugify.fold(t.name())).thenComparing(TagSummary::path));
        tree.addOwn(SitePaths.TAGS, Heading.named("nav_tags", null), trail("nav_tags"), new PageContent.TagList(summaries));
    }

    /** Home, then the list page itself. */
    private List<Crumb> trail(String labelKey) {
        return List.of(tree.home(), new Crumb(null, labelKey, null));
    }

    private static List<CategoryGroup> categories(List<CourseCard> cards) {
        Map<String, List<CourseCard>> byName = new LinkedHashMap<>();
        for (CourseCard card : cards) {
            byName.computeIfAbsent(card.category().title(), k -> new ArrayList<>()).add(card);
        }
        List<CategoryGroup> groups = new ArrayList<>();
        byName.forEach((name, list) -> groups.add(new CategoryGroup(name, SitePaths.SERIES, list)));
        return groups;
    }
}
