package io.buildsite.build;

import io.buildsite.assemble.AssembleStage;
import io.buildsite.assemble.SitePlan;
import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.load.SourceLoader;
import io.buildsite.model.Lesson;
import io.buildsite.model.SiteSource;
import io.buildsite.render.RenderStage;
import io.buildsite.render.RenderedBody;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan after a save that changed only the body text of one lesson: that lesson read and rendered
 * again, and its pages and search entries assembled again, without loading, rendering or assembling
 * the rest of the site (as a full build would find nothing else changed).
 */
final class OneLessonEdit {
    private OneLessonEdit() {
    }

    /**
     * The site after the edit of {@code file}, or null when the edit reaches further than the lesson's
     * text (its front matter, heading ids, links, problems or translations' state changed) and the whole
     * site must be built.
     *
     * @param last        the last build, which the output holds
     * @param diagnostics the last build's problems
     */
    static Planned plan(SiteLayout layout, BuildCaches caches, Planned last, Diagnostics diagnostics, Path file,
                        StageListener times) throws IOException {
        String path = layout.pathOf(file);
        if (path == null || !path.endsWith(".md")) {
            return null;
        }
        SiteSource before = last.site();
        Lesson old = before.lessons().stream().filter(l -> l.source().path().equals(path)).findFirst().orElse(null);
        if (old == null) {
            return null;
        }
        Diagnostics own = new Diagnostics();
        Lesson lesson = new SourceLoader(layout.root(), own, caches.load()).readLesson(file.toAbsolutePath().normalize(),
                before.config());
        if (lesson == null || !old.sameExceptText(lesson)) {
            return null;
        }
        times.stage("load", "1 lesson file");
        List<Lesson> lessons = new ArrayList<>(before.lessons());
        lessons.set(lessons.indexOf(old), lesson);
        SiteSource site = new SiteSource(before.config(), before.courses(), lessons, before.posts(), before.quizzes(),
                before.quizListing(), before.staticFiles(), before.failedFiles(), before.drafts());
        Map<String, RenderedBody> bodies = new HashMap<>(last.bodies());
        bodies.put(path, RenderStage.renderOne(site, lesson.source(), lesson.body(), own, caches.render()));
        times.stage("render", "1 body");
        // The file's problems must be what they were: then the whole site's are too, as nothing else changed.
        List<Diagnostic> was = diagnostics.sorted().stream().filter(d -> d.path().equals(path)).toList();
        if (!own.sorted().equals(was)) {
            return null;
        }
        SitePlan plan = AssembleStage.afterBodyEdit(last.plan(), before, site, path, last.bodies().get(path), bodies,
                caches.assemble());
        if (plan == null) {
            return null;
        }
        times.stage("assemble", "the lesson's pages");
        return new Planned(site, bodies, plan);
    }
}
