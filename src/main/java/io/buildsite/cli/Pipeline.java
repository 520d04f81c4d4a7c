package io.buildsite.cli;

import io.buildsite.assemble.AssembleStage;
import io.buildsite.assemble.SitePlan;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.load.SourceLoader;
import io.buildsite.model.SiteSource;
import io.buildsite.render.RenderCache;
import io.buildsite.render.RenderStage;
import io.buildsite.render.RenderedBody;
import io.buildsite.write.SiteWriter;
import io.buildsite.write.Theme;
import io.buildsite.write.WriteStage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * load (files → model) → render (bodies → clean fragments) → assemble (pages, navigation,
 * translations, cross-links) → write (templates → files). Each stage reads only the previous one's
 * result; content errors stop the run before anything is written.
 */
final class Pipeline {
    private final Path source;
    private final Diagnostics diagnostics;
    private final Progress progress;
    private final RenderCache renderCache;

    /** @param renderCache bodies rendered by earlier builds, or null */
    Pipeline(Path source, Diagnostics diagnostics, Progress progress, RenderCache renderCache) {
        this.source = source;
        this.diagnostics = diagnostics;
        this.progress = progress;
        this.renderCache = renderCache;
    }

    /** Everything up to the written files: the plan, or null when the content has errors. */
    SitePlan plan(String baseUrl) throws IOException {
        SiteSource site = new SourceLoader(source, diagnostics).load(baseUrl);
        progress.stage("load", site.courses().size() + " course files, " + site.lessons().size() + " lesson files, "
                + site.posts().size() + " posts, " + site.quizzes().size() + " quiz banks, "
                + site.staticFiles().size() + " static files");
        Map<String, RenderedBody> bodies = RenderStage.render(site, diagnostics, renderCache);
        progress.stage("render", bodies.size() + " bodies" + (renderCache == null || renderCache.store() == null ? ""
                : ", " + renderCache.readFromStore() + " of them from the build cache"));
        site = site.withoutLessonBodies();
        SitePlan plan = AssembleStage.assemble(site, bodies, diagnostics);
        progress.stage("assemble", plan.pages().size() + " pages in " + site.config().languages().size() + " languages");
        return diagnostics.hasErrors() ? null : plan;
    }

    /**
     * Writes the site; a broken template or a file that would replace another is reported (the previous
     * output stays) and gives -1.
     *
     * @param shown the output as the user named it, for the progress line
     */
    int write(SitePlan plan, Path output, Path shown, io.buildsite.write.OutputDisk disk) throws IOException {
        try {
            SiteWriter writer = new SiteWriter(new Theme(source.resolve("templates")), plan.config());
            if (writer.reportCollisions(plan, diagnostics)) {
                return -1;
            }
            int files = WriteStage.write(plan, writer, output, disk);
            progress.stage("write", files + " files to " + shown);
            return files;
        } catch (io.pebbletemplates.pebble.error.PebbleException e) {
            io.buildsite.write.TemplateProblem.report(e, diagnostics);
            return -1;
        }
    }
}
