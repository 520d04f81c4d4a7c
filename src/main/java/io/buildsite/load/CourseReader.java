package io.buildsite.load;

import io.buildsite.model.Author;
import io.buildsite.model.Category;
import io.buildsite.model.Course;
import io.buildsite.model.Section;
import io.buildsite.model.SectionLesson;
import io.buildsite.model.Source;
import io.buildsite.model.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a course {@code index.md} into a {@link Course}. */
final class CourseReader {
    private CourseReader() {
    }

    static Course read(ContentFile file, String lang, String categoryDir, String courseDir) {
        Fields f = file.fields();
        String slug = f.string("slug");
        if (slug != null && !Slugs.isSafe(slug)) {
            file.error(file.lineOfKey("slug"), Slugs.problem("course slug", slug));
            return null;
        }
        // The folders name the course's address when no slug does: they follow the same rule.
        if (slug == null && !Slugs.isSafe(courseDir)) {
            file.error(1, Slugs.problem("course folder name", courseDir) + " (or give the course a 'slug')");
            return null;
        }
        if (!Slugs.isSafe(categoryDir)) {
            file.error(1, Slugs.problem("category folder name", categoryDir));
            return null;
        }
        if (slug == null) {
            slug = courseDir;
        }
        String title = f.string("title");
        if (title == null) {
            file.error(file.lineOfKey("title"), "missing 'title': every course needs one");
            return null;
        }
        List<Section> sections = sections(file, f);
        return new Course(
                file.source(f),
                lang,
                categoryDir,
                slug,
                f.string("id"),
                title,
                f.string("description"),
                f.string("level"),
                f.number("duration_hours"),
                f.string("quiz_slug"),
                category(file, f, true),
                tags(file, f),
                author(f),
                f.string("published_at"),
                sections,
                file.body(),
                UpdatedDate.read(file, f),
                file.draft(f));
    }

    /** The outline in front matter: sections and their lessons, each lesson placed on its own line. */
    private static List<Section> sections(ContentFile file, Fields f) {
        List<Section> sections = new ArrayList<>();
        int fromLine = file.lineOfKey("sections");
        for (Fields s : f.maps("sections")) {
            List<SectionLesson> lessons = new ArrayList<>();
            for (Fields l : s.maps("lessons")) {
                String ref = l.string("slug");
                if (ref == null) {
                    file.error(fromLine, "a lesson in section '" + s.string("title") + "' has no 'slug'");
                    continue;
                }
                int line = file.lineOfEntry("slug", ref, fromLine);
                fromLine = line + 1;
                lessons.add(new SectionLesson(l.string("id"), l.string("title"), ref, l.string("description"),
                        l.integer("duration_minutes"), line));
            }
            sections.add(new Section(s.string("id"), s.string("title"), s.string("description"), lessons));
        }
        return sections;
    }

    /**
     * The {@code category} mapping, or null; its slug follows the slug rule.
     *
     * @param slugAlone whether a category with a slug but no name is one (a course's is, a post's is not)
     */
    static Category category(ContentFile file, Fields f, boolean slugAlone) {
        Fields category = f.map("category");
        String name = category.string("name");
        String slug = category.string("slug");
        if (name == null && !(slugAlone && slug != null)) {
            return null;
        }
        if (slug != null && !Slugs.isSafe(slug)) {
            file.error(file.lineOfEntry("slug", slug, file.lineOfKey("category")), Slugs.problem("category slug", slug));
            slug = null;
        }
        return new Category(name, slug);
    }

    /**
     * The {@code tags} list: names, or {@code {name, slug}} mappings. A tag whose slug breaks the slug rule
     * is reported at its line and left out.
     */
    static List<Tag> tags(ContentFile file, Fields f) {
        List<Tag> tags = new ArrayList<>();
        int from = file.lineOfKey("tags");
        for (Object item : f.list("tags")) {
            String name;
            String given = null;
            int line;
            if (item instanceof Map<?, ?> m) {
                Fields t = new Fields(m, (k, msg) -> { });
                name = t.string("name");
                if (name == null) {
                    continue;
                }
                given = t.string("slug");
                line = file.lineOfEntry("name", name, from);
                if (given != null) {
                    line = file.lineOfEntry("slug", given, line);
                }
            } else if (item != null) {
                name = String.valueOf(item).strip();
                line = file.lineOfItem(name, from);
            } else {
                continue;
            }
            from = line;
            String slug = Slugs.ofName("tag", name, given, file::error, line);
            if (slug != null) {
                tags.add(new Tag(name, slug, line));
            }
        }
        return tags;
    }

    static Author author(Fields f) {
        Object author = f.has("author") ? f.map("author").string("name") : null;
        return author == null ? null : new Author(author.toString());
    }
}
