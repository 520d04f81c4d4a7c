package io.buildsite.assemble;

import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.SitePaths;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** A language's Atom feed: its posts and courses, newest first. */
final class FeedEntries {
    private FeedEntries() {
    }

    static List<FeedEntry> of(SiteIndex index, String lang) {
        List<FeedEntry> entries = new ArrayList<>();
        for (Translations<BlogPost> post : index.posts) {
            BlogPost p = post.in(lang);
            entries.add(new FeedEntry(p.title(), SitePaths.post(post.original().slug()), Dates.iso(p.publishedAt()),
                    p.updated(), p.excerpt()));
        }
        for (Translations<Course> course : index.courses) {
            Course c = course.in(lang);
            entries.add(new FeedEntry(c.title(), index.coursePath(course), Dates.iso(c.publishedAt()), c.updated(),
                    c.description()));
        }
        entries.sort(Comparator.comparing((FeedEntry e) -> Objects.requireNonNullElse(e.published(), ""))
                .reversed().thenComparing(FeedEntry::path));
        return entries;
    }
}
