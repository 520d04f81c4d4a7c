package io.buildsite.load;

import io.buildsite.model.BlogPost;
import io.buildsite.model.Source;
import io.buildsite.text.Dashes;

/** Turns a blog post file into a {@link BlogPost}. */
final class PostReader {
    private PostReader() {
    }

    static BlogPost read(ContentFile file, FileName name, String categoryDir) {
        Fields f = file.fields();
        String slug = f.string("slug");
        if (slug == null) {
            slug = name.stem();
        }
        if (!Slugs.isSafe(slug)) {
            file.error(file.lineOfKey("slug"), Slugs.problem("post slug", slug));
            return null;
        }
        String title = f.string("title");
        if (title == null) {
            file.error(file.lineOfKey("title"), "missing 'title': every post needs one");
            return null;
        }
        return new BlogPost(
                file.source(f),
                name.lang(),
                categoryDir,
                f.string("id"),
                title,
                slug,
                Dashes.emDashes(f.string("excerpt")),
                f.string("published_at"),
                f.integer("reading_time"),
                CourseReader.author(f),
                CourseReader.category(file, f, false),
                CourseReader.tags(file, f),
                UpdatedDate.read(file, f),
                file.body(),
                file.draft(f));
    }
}
