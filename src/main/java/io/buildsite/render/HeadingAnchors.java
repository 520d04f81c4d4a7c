package io.buildsite.render;

import io.buildsite.model.ThemeIds;
import io.buildsite.text.Slugify;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every h2 and h3 an id (the author's own is kept) and collects them as the table of contents.
 * Generated ids fold Vietnamese, so {@code Giới thiệu} becomes {@code gioi-thieu}.
 */
final class HeadingAnchors {
    private HeadingAnchors() {
    }

    static List<TocEntry> apply(BodyElements body, Set<String> ids) {
        for (Element withId : body.withId()) {
            ids.add(withId.id());
        }
        List<TocEntry> toc = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element heading : body.headings()) {
            if (insideAnother(heading)) {
                continue;
            }
            String title = heading.text().strip();
            String id = heading.id();
            if (id.isEmpty() || !seen.add(id)) {
                id = unique(Slugify.slug(title).isEmpty() ? "section" : Slugify.slug(title), ids);
                heading.id(id);
                ids.add(id);
                seen.add(id);
            }
            if (!title.isEmpty()) {
                toc.add(new TocEntry(id, title, heading.tagName().equals("h2") ? 2 : 3));
            }
        }
        return toc;
    }

    /**
     * A heading within an h2 or h3 (HTML allows none) is part of that one's title, not an entry of its own:
     * taking the text of each of them at every level grew with the square of their depth.
     */
    private static boolean insideAnother(Element heading) {
        for (Element parent = heading.parent(); parent != null; parent = parent.parent()) {
            if (parent.nameIs("h2") || parent.nameIs("h3")) {
                return true;
            }
        }
        return false;
    }

    private static String unique(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; taken.contains(id) || ThemeIds.isReserved(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
