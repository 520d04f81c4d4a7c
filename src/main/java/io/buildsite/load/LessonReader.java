package io.buildsite.load;

import io.buildsite.model.Lesson;
import io.buildsite.model.Source;

/** Turns a lesson file into a {@link Lesson}. */
final class LessonReader {
    private LessonReader() {
    }

    static Lesson read(ContentFile file, FileName name, String courseDir, String chapterDir) {
        Fields f = file.fields();
        String slug = f.string("slug");
        if (slug == null) {
            slug = name.stem();
        }
        if (!Slugs.isSafe(slug)) {
            file.error(file.lineOfKey("slug"), Slugs.problem("lesson slug", slug));
            return null;
        }
        String title = f.string("title");
        if (title == null) {
            file.error(file.lineOfKey("title"), "missing 'title': every lesson needs one");
            return null;
        }
        return new Lesson(
                file.source(f),
                name.lang(),
                courseDir,
                chapterDir,
                name.stem(),
                f.string("id"),
                title,
                slug,
                f.string("description"),
                f.integer("duration_minutes"),
                f.integer("sort_order"),
                f.string("section_title"),
                UpdatedDate.read(file, f),
                file.body(),
                file.draft(f));
    }
}
