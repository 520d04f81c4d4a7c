package io.buildsite.write;

import io.buildsite.assemble.PagePlan;
import io.buildsite.assemble.SitePlan;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.SitePaths;
import io.buildsite.model.StaticFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The write stage: templates to files. Pages are rendered and written on all cores into a staging
 * folder that replaces the output only once everything is written.
 */
public final class WriteStage {
    private WriteStage() {
    }

    /** Writes the site and returns how many files it holds. */
    public static int write(SitePlan plan, Theme theme, Path output) throws IOException {
        SiteConfig config = plan.config();
        Map<String, Map<String, String>> dictionaries = new LinkedHashMap<>();
        for (String lang : config.languages()) {
            dictionaries.put(lang, Dictionary.load(theme, lang));
        }
        PageRenderer renderer = new PageRenderer(theme, config, dictionaries);
        renderer.compile(plan.pages().stream().map(PagePlan::kind).distinct().sorted().toList());
        OutputFolder folder = OutputFolder.open(output);
        try {
            int files = writeAll(plan, theme, renderer, folder);
            folder.commit();
            return files;
        } catch (IOException | RuntimeException | Error e) {
            folder.abandon();
            throw e;
        }
    }

    private static int writeAll(SitePlan plan, Theme theme, PageRenderer renderer, OutputFolder folder)
            throws IOException {
        SiteConfig config = plan.config();
        try {
            plan.pages().parallelStream().forEach(page -> {
                try {
                    folder.write(PageLocation.of(config, page).file(),
                            renderer.render(page).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        int files = plan.pages().size();
        for (Map.Entry<String, byte[]> asset : theme.assets().entrySet()) {
            folder.write("assets/" + asset.getKey(), asset.getValue());
            files++;
        }
        String prism = PrismBundle.build(plan.codeLanguages());
        if (prism != null) {
            folder.write("assets/prism.js", prism.getBytes(StandardCharsets.UTF_8));
            files++;
        }
        for (StaticFile file : plan.staticFiles()) {
            folder.write(file.outputPath(), Files.readAllBytes(file.file()));
            files++;
        }
        folder.write("sitemap.xml", utf8(Sitemap.build(config, plan.pages())));
        for (String lang : config.languages()) {
            folder.write(SitePaths.languagePrefix(lang, config.defaultLanguage()) + "feed.xml",
                    utf8(AtomFeed.build(config, lang, plan.feeds().getOrDefault(lang, List.of()))));
        }
        String sitemapUrl = config.baseUrl() + "sitemap.xml";
        folder.write("robots.txt", utf8("User-agent: *\nAllow: /\n"
                + (config.baseUrl().contains("://") ? "Sitemap: " + sitemapUrl + "\n" : "")));
        folder.write(".nojekyll", new byte[0]);
        files += 3 + config.languages().size();
        for (Map.Entry<String, io.buildsite.assemble.SearchIndex> index : plan.search().entrySet()) {
            files += SearchFiles.write(folder, SitePaths.languagePrefix(index.getKey(), config.defaultLanguage())
                    + "search/", index.getValue());
        }
        return files;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
