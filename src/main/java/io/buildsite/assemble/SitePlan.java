package io.buildsite.assemble;

import io.buildsite.model.SiteConfig;
import io.buildsite.model.StaticFile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything the write stage needs: pages and search index per language, feeds, files to copy, grammars. */
public record SitePlan(SiteConfig config, List<PagePlan> pages, Map<String, List<FeedEntry>> feeds,
                       Map<String, SearchIndex> search, List<StaticFile> staticFiles, Set<String> codeLanguages) {
    public SitePlan {
        search = Map.copyOf(search);
        pages = List.copyOf(pages);
        feeds = Map.copyOf(feeds);
        staticFiles = List.copyOf(staticFiles);
        codeLanguages = Set.copyOf(codeLanguages);
    }
}
