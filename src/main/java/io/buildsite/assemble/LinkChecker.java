package io.buildsite.assemble;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.Source;
import io.buildsite.model.SitePaths;
import io.buildsite.render.InternalLink;
import io.buildsite.render.RenderedBody;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks that every internal link and {@code #anchor} in a body names a page and an id that exist. */
final class LinkChecker {
    private final SiteIndex index;
    private final Map<String, RenderedBody> bodies;
    private final Diagnostics diagnostics;
    /**
     * Page path → the id sets of its bodies (one per language version; other page kinds have no known
     * ids). The bodies' own sets, not copies: this is made again on every preview rebuild.
     */
    private final Map<String, List<Set<String>>> idsByPage = new HashMap<>();
    private final Set<String> pages = new HashSet<>();

    LinkChecker(SiteIndex index, Map<String, RenderedBody> bodies, Diagnostics diagnostics) {
        this.index = index;
        this.bodies = bodies;
        this.diagnostics = diagnostics;
        pages.addAll(AssembleStage.pagePaths(index));
        index.courses.forEach(c -> c.all().forEach(v -> addIds(index.coursePath(c), v.source())));
        index.lessons.stream().filter(index.courseOfLesson::containsKey)
                .forEach(l -> l.all().forEach(v -> addIds(index.lessonPath(l), v.source())));
        index.posts.forEach(p -> p.all().forEach(v -> addIds(SitePaths.post(p.original().slug()), v.source())));
    }

    void check() {
        index.courses.forEach(c -> c.all().forEach((Course v) -> check(index.coursePath(c), v.source())));
        index.lessons.stream().filter(index.courseOfLesson::containsKey)
                .forEach(l -> l.all().forEach((Lesson v) -> check(index.lessonPath(l), v.source())));
        index.posts.forEach(p -> p.all().forEach((BlogPost v) -> check(SitePaths.post(p.original().slug()), v.source())));
    }

    private void addIds(String page, Source source) {
        RenderedBody body = bodies.get(source.path());
        if (body != null) {
            idsByPage.computeIfAbsent(page, k -> new ArrayList<>(2)).add(body.ids());
        }
    }

    private boolean hasId(String page, String id) {
        for (Set<String> ids : idsByPage.get(page)) {
            if (ids.contains(id)) {
                return true;
            }
        }
        return false;
    }

    private void check(String page, Source source) {
        RenderedBody body = bodies.get(source.path());
        if (body == null) {
            return;
        }
        for (InternalLink link : body.links()) {
            String target = link.path() == null ? page : link.path();
            if (!pages.contains(target)) {
                if (index.failed.mayHaveMade(target, index)) {
                    continue;
                }
                if (index.drafts.leftOut(target)) {
                    diagnostics.warning(source.path(), link.line(), 1, "link to a draft: /" + target
                            + " is left out of this build (build --drafts includes it)");
                    continue;
                }
                diagnostics.error(source.path(), link.line(), 1, "broken link: /" + target + " is not a page of this site");
                continue;
            }
            if (link.fragment() != null && idsByPage.containsKey(target)
                    && !body.ids().contains(link.fragment()) && target.equals(page)) {
                diagnostics.error(source.path(), link.line(), 1, "broken link: no element with id '" + link.fragment()
                        + "' on this page");
            } else if (link.fragment() != null && idsByPage.containsKey(target) && !target.equals(page)
                    && !hasId(target, link.fragment())) {
                diagnostics.error(source.path(), link.line(), 1, "broken link: /" + target + " has no element with id '"
                        + link.fragment() + "'");
            }
        }
    }
}
