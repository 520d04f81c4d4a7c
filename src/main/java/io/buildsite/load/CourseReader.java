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

/** Turns a course {@code index.md} into a {@link Course}. */
final class CourseReader {
    private CourseReader() {
    }

    static Course read(ContentFile file, String lang, String categoryDir, String courseDir) {
        Fields f = file.fields();
        String slug = f.string("slug");
        if (slug == null) {
            slug = courseDir;
        } else if (!Slugs.isSafe(slug)) {
            file.error(file.lineOfKey("slug"), Slugs.problem("course slug", slug));
            return null;
        }
        String title = f.string("title");
        if (title == null) {
            file.error(file.lineOfKey("title"), "missing 'title': every course needs one");
            return null;
        }
        Fields category = f.map("category");
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
                category.has("name") || category.has("slug")
                        ? new Category(category.string("name"), category.string("slug")) : null,
                tags(f),
                author(f),
                f.string("published_at"),
                sections,
                file.body());
    }

    static List<Tag> tags(Fields f) {
        List<Tag> tags = new ArrayList<>();
        for (Object item : f.list("tags")) {
            if (item instanceof java.util.Map<?, ?> m) {
                Fields t = new Fields(m, (k, msg) -> { });
                String name = t.string("name");
                if (name != null) {
                    tags.add(new Tag(name, t.string("slug")));
                }
            } else if (item != null) {
                tags.add(new Tag(String.valueOf(item), null));
            }
        }
        return tags;
    }

    static Author author(Fields f) {
        Object author = f.has("author") ? f.map("author").string("name") : null;
        return author == null ? null : new Author(author.toString());
    }
}
