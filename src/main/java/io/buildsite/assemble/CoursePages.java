package io.buildsite.assemble;

import io.buildsite.assemble.PagePlan.Crumb;
import io.buildsite.assemble.PagePlan.Heading;
import io.buildsite.assemble.Views.CourseCard;
import io.buildsite.assemble.Views.CourseView;
import io.buildsite.assemble.Views.LessonEntry;
import io.buildsite.assemble.Views.LessonView;
import io.buildsite.assemble.Views.LinkRef;
import io.buildsite.assemble.Views.SectionView;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.SitePaths;
import io.buildsite.render.RenderedBody;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The pages of courses and their lessons in one language: each course's page, then its lessons'. */
final class CoursePages {
    private final LanguageTree tree;
    private final SiteIndex index;
    private final String lang;
    private final QuizPages quizzes;
    private final Map<Translations<Course>, List<SectionView>> outlines = new HashMap<>();

    CoursePages(LanguageTree tree, QuizPages quizzes) {
        this.tree = tree;
        this.index = tree.index;
        this.lang = tree.lang;
        this.quizzes = quizzes;
    }

    /** Every course's page and its lessons' pages; the courses' cards, for the lists. */
    List<CourseCard> all() {
        List<CourseCard> cards = new ArrayList<>();
        for (Translations<Course> course : index.courses) {
            cards.add(coursePage(course));
            for (Translations<Lesson> lesson : index.lessonsOfCourse.get(course)) {
                lessonPage(course, lesson);
            }
        }
        return cards;
    }

    private CourseCard coursePage(Translations<Course> course) {
        Course c = course.in(lang);
        List<CourseOutline.Part> outline = index.outline(course, lang);
        List<SectionView> sections = outlineOf(course, outline);
        // Lessons a learner can open, and those the index lists but no file holds yet.
        int lessonCount = (int) outline.stream().flatMap(p -> p.items().stream()).filter(i -> i.lesson() != null).count();
        int comingSoon = outline.stream().mapToInt(p -> p.items().size()).sum() - lessonCount;
        LinkRef quiz = quizzes.link(quizSlug(course), c);
        String path = index.coursePath(course);
        LinkRef category = new LinkRef(c.categoryName(), SitePaths.SERIES);
        CourseCard card = new CourseCard(c.title(), path, c.description(), c.level(), hours(c.durationHours()), lessonCount,
                comingSoon, tree.tagRefs(c.tags()), quiz, tree.contentLang(course), category);
        RenderedBody body = tree.body(c.source().path());
        LinkRef first = sections.stream().flatMap(s -> s.lessons().stream()).filter(e -> e.path() != null)
                .findFirst().map(CoursePages::ref).orElse(null);
        CourseView view = new CourseView(card.title(), path, card.description(), card.level(), card.durationHours(),
                lessonCount, comingSoon, card.tags(), quiz, card.contentLang(), category, sections, body.htmlOrNull(), body.toc(),
                c.author() == null ? null : c.author().name(), Dates.display(c.publishedAt(), lang), first);
        tree.addContent(path, Heading.of(c.title(), c.description()), course, c.source().path(), body,
                List.of(tree.home(), coursesCrumb(), new Crumb(c.title(), null, null)),
                Dates.iso(Dates.lastChange(c.updated(), c.publishedAt())), new PageContent.CoursePage(view));
        tree.tags.addCourse(c.tags(), card);
        tree.index(new SearchIndex.Doc(c.title(), path, "course", category.title(), card.contentLang()), body.toc(),
                c.description(), body.words(), body.textStart());
        SearchEntries.comingSoon(tree, c.title(), path, sections, card.contentLang());
        return card;
    }

    void lessonPage(Translations<Course> course, Translations<Lesson> lesson) {
        Lesson l = lesson.in(lang);
        Course c = course.in(lang);
        String path = index.lessonPath(lesson);
        List<SectionView> plain = outlineOf(course, index.outline(course, lang));
        List<SectionView> sections = tree.cache == null ? markCurrent(plain, path)
                : tree.cache.marked(plain, path, () -> markCurrent(plain, path));
        List<LessonEntry> linear = sections.stream().flatMap(s -> s.lessons().stream())
                .filter(e -> e.path() != null).toList();
        int at = -1;
        for (int i = 0; i < linear.size(); i++) {
            if (linear.get(i).current()) {
                at = i;
            }
        }
        LinkRef prev = at > 0 ? ref(linear.get(at - 1)) : null;
        LinkRef next = at >= 0 && at < linear.size() - 1 ? ref(linear.get(at + 1)) : null;
        String sectionTitle = sections.stream().filter(s -> s.lessons().stream().anyMatch(LessonEntry::current))
                .map(SectionView::title).findFirst().orElse(l.sectionTitle());
        RenderedBody body = tree.body(l.source().path());
        String coursePath = index.coursePath(course);
        LessonView view = new LessonView(l.title(), l.description(), l.durationMinutes(), body.htmlOrNull(), body.toc(),
                new LinkRef(c.title(), coursePath), sectionTitle, sections, prev, next, quizzes.link(quizSlug(course), null),
                tree.contentLang(lesson), Revisions.of(index.source.config(), l.source().path(), l.updated(), lang));
        tree.index(new SearchIndex.Doc(l.title(), path, "lesson",
                        sectionTitle == null || sectionTitle.isBlank() ? c.title() : c.title() + " › " + sectionTitle,
                        tree.contentLang(lesson)), body.toc(), l.description(), body.words(), body.textStart());
        tree.addContent(path, Heading.of(l.title(), l.description()), lesson, l.source().path(), body,
                List.of(tree.home(), coursesCrumb(), new Crumb(c.title(), null, coursePath), new Crumb(l.title(), null, null)),
                Dates.iso(l.updated()), new PageContent.LessonPage(view));
    }

    /** The course's quiz in this language: its own choice, else the original's. */
    private String quizSlug(Translations<Course> course) {
        String own = course.in(lang).quizSlug();
        return own != null ? own : course.original().quizSlug();
    }

    private static Crumb coursesCrumb() {
        return new Crumb(null, "nav_courses", SitePaths.SERIES);
    }

    /**
     * A course's outline with no lesson marked current, made once per course and build; in a preview, the
     * very list of the last build while it is unchanged, so comparing pages with the last build is cheap.
     */
    private List<SectionView> outlineOf(Translations<Course> course, List<CourseOutline.Part> outline) {
        return outlines.computeIfAbsent(course, c -> {
            List<SectionView> made = sections(outline);
            return tree.cache == null ? made : tree.cache.outline(lang + " " + index.coursePath(c), made);
        });
    }

    /** The outline as a lesson page shows it: that lesson's entry marked current. */
    static List<SectionView> markCurrent(List<SectionView> outline, String lessonPath) {
        List<SectionView> marked = new ArrayList<>(outline.size());
        for (SectionView section : outline) {
            List<LessonEntry> entries = new ArrayList<>(section.lessons().size());
            for (LessonEntry e : section.lessons()) {
                entries.add(lessonPath.equals(e.path()) ? new LessonEntry(e.title(), e.path(), e.durationMinutes(),
                        e.description(), true, e.comingSoon(), e.contentLang(), e.draft()) : e);
            }
            marked.add(new SectionView(section.title(), section.description(), entries, section.start()));
        }
        return marked;
    }

    private List<SectionView> sections(List<CourseOutline.Part> outline) {
        List<SectionView> sections = new ArrayList<>();
        int start = 1;
        for (CourseOutline.Part part : outline) {
            List<LessonEntry> entries = new ArrayList<>();
            for (CourseOutline.Item item : part.items()) {
                entries.add(item.lesson() == null ? comingSoon(item) : entry(item));
            }
            sections.add(new SectionView(part.title(), part.description(), entries, start));
            start += entries.size();
        }
        return sections;
    }

    /** A lesson the course index lists but no file holds yet. */
    private static LessonEntry comingSoon(CourseOutline.Item item) {
        return new LessonEntry(item.listed().title() != null ? item.listed().title() : item.listed().ref(),
                null, item.listed().durationMinutes(), item.listed().description(), false, true, null, false);
    }

    private LessonEntry entry(CourseOutline.Item item) {
        Lesson l = item.lesson().in(lang);
        Integer minutes = l.durationMinutes() != null ? l.durationMinutes()
                : item.listed() == null ? null : item.listed().durationMinutes();
        return new LessonEntry(l.title(), index.lessonPath(item.lesson()), minutes, l.description(),
                false, false, tree.contentLang(item.lesson()), index.drafts.marks(l.source().path()));
    }

    private static LinkRef ref(LessonEntry entry) {
        return new LinkRef(entry.title(), entry.path());
    }

    /** {@code 35.0} shows as {@code 35}, {@code 2.5} as {@code 2.5}. */
    private static String hours(Double value) {
        if (value == null) {
            return null;
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}
