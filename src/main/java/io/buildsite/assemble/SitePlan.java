package io.buildsite.assemble;

import io.buildsite.model.SiteConfig;
import io.buildsite.model.StaticFile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the write stage needs: pages and search index per language, feeds, files to copy, grammars.
 *
 * @param draftPages the pages of the drafts left out (relative to a language root), which links may name
 */
public record SitePlan(SiteConfig config, List<PagePlan> pages, Map<String, List<FeedEntry>> feeds,
                       Map<String, SearchIndex> search, List<StaticFile> staticFiles, Set<String> codeLanguages,
                       Set<String> draftPages) {
    public SitePlan {
        search = Map.copyOf(search);
        pages = List.copyOf(pages);
        feeds = Map.copyOf(feeds);
        staticFiles = List.copyOf(staticFiles);
        codeLanguages = Set.copyOf(codeLanguages);
        draftPages = Set.copyOf(draftPages);
    }
}
