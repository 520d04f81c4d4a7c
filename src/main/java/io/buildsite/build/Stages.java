package io.buildsite.build;

import io.buildsite.assemble.AssembleCache;
import io.buildsite.assemble.AssembleStage;
import io.buildsite.assemble.SitePlan;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.load.DraftSelection;
import io.buildsite.load.SourceLoader;
import io.buildsite.model.Drafts;
import io.buildsite.model.SiteSource;
import io.buildsite.render.RenderCache;
import io.buildsite.render.RenderStage;
import io.buildsite.render.RenderedBody;

import java.io.IOException;
import java.util.Map;

/**
 * load (files → model) → render (bodies → clean fragments) → assemble (pages, navigation,
 * translations, cross-links), the plan the write stage then puts out. Render reads the model;
 * assemble reads the model and the rendered bodies.
 */
final class Stages {
    private Stages() {
    }

    /**
     * @param baseUrl a base URL that overrides site.yaml's, or null
     * @param caches  what earlier builds of this session kept, or null for a build that starts from nothing;
     *                with caches, the result keeps the lesson bodies, for planning an edit of one of them;
     *                drafts are shown, as in a preview
     */
    static Planned run(SiteLayout layout, String baseUrl, Diagnostics diagnostics, BuildCaches caches,
                       StageListener progress) throws IOException {
        return run(layout, baseUrl, true, diagnostics, caches, null, progress);
    }

    /**
     * As above; without caches of a session, bodies may still come from {@code stored} (the build cache, or null).
     *
     * @param drafts whether drafts are shown (and marked); if not, they are left out before anything is rendered
     */
    static Planned run(SiteLayout layout, String baseUrl, boolean drafts, Diagnostics diagnostics, BuildCaches caches,
                       RenderCache stored, StageListener progress) throws IOException {
        SiteSource site = DraftSelection.of(new SourceLoader(layout.root(), diagnostics,
                caches == null ? null : caches.load()).load(baseUrl), drafts);
        progress.stage("load", loaded(site));
        Map<String, RenderedBody> bodies = RenderStage.render(site, diagnostics, caches != null ? caches.render() : stored);
        progress.stage("render", bodies.size() + " bodies" + (stored == null ? ""
                : ", " + stored.readFromStore() + " of them from the build cache"));
        // Assembling needs no lesson text: caches that outlive this build then do not keep old versions of it,
        // and a build without caches lets go of the text before the pages are made.
        SiteSource lean = site.withoutLessonBodies();
        if (caches == null) {
            site = lean;
        }
        // A build without a session's caches still gets one for itself: a page and its untranslated copy in the
        // other language share their body, whose words are then grouped and folded once.
        SitePlan plan = AssembleStage.assemble(lean, bodies, diagnostics, caches == null ? new AssembleCache()
                : caches.assemble());
        progress.stage("assemble", plan.pages().size() + " pages in " + lean.config().languages().size() + " languages");
        return new Planned(site, bodies, plan);
    }

    /** What the load stage read, as its progress line tells it, with the drafts it left out. */
    private static String loaded(SiteSource site) {
        Drafts drafts = site.drafts().shown() ? Drafts.NONE : site.drafts();
        int leftOut = drafts.courses().size() + drafts.lessons().size() + drafts.posts().size() + drafts.quizzes().size();
        return (site.courses().size() + drafts.courses().size()) + " course files, "
                + (site.lessons().size() + drafts.lessons().size()) + " lesson files, "
                + (site.posts().size() + drafts.posts().size()) + " posts, "
                + (site.quizzes().size() + drafts.quizzes().size()) + " quiz banks, " + site.staticFiles().size()
                + " static files" + (leftOut == 0 ? "" : "; " + leftOut + (leftOut == 1 ? " draft" : " drafts")
                + " left out (--drafts builds them)");
    }
}
