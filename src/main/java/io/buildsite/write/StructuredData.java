package io.buildsite.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.buildsite.assemble.PageContent;
import io.buildsite.assemble.PagePlan;
import io.buildsite.assemble.ScriptJson;
import io.buildsite.model.SiteConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's schema.org JSON-LD, escaped for a {@code <script>} element as {@link ScriptJson} escapes the quiz
 * data. URLs are written only when the site's address is known: a relative URL in JSON-LD would be read
 * against whatever address the page was fetched from, so without a base URL the nodes carry none.
 */
final class StructuredData {
    private final SiteConfig config;

    StructuredData(SiteConfig config) {
        this.config = config;
    }

    /** The page's JSON-LD graph, or null when the page describes nothing (a list, the 404 page). */
    String of(PagePlan plan, PageContext.Page page) {
        SchemaNodes nodes = new SchemaNodes(config, plan.lang(), page.title(), page.description(), page.canonical());
        List<ObjectNode> graph = new ArrayList<>();
        ObjectNode main = main(plan.content(), plan.lang(), nodes);
        if (main != null) {
            graph.add(main);
        }
        if (!plan.kind().equals("home") && !page.breadcrumbs().isEmpty()) {
            graph.add(breadcrumbs(plan, page.breadcrumbs(), nodes));
        }
        if (graph.isEmpty()) {
            return null;
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("@context", "https://schema.org");
        ArrayNode items = root.putArray("@graph");
        graph.forEach(items::add);
        return ScriptJson.of(root);
    }

    private ObjectNode main(PageContent content, String lang, SchemaNodes nodes) {
        if (content instanceof PageContent.Home) {
            return webSite(lang, nodes);
        } else if (content instanceof PageContent.CoursePage course) {
            return nodes.course(course.course());
        } else if (content instanceof PageContent.LessonPage lesson) {
            return nodes.lesson(lesson.lesson());
        } else if (content instanceof PageContent.QuizPage quiz) {
            return nodes.quiz(quiz.quiz());
        } else if (content instanceof PageContent.PostPage post) {
            return nodes.post(post.post());
        }
        return null;
    }

    /**
     * The site itself; its search takes a query from the address ({@code ?q=}), so a search engine may send a
     * query straight to it. That needs an absolute address, so a site without a base URL offers none.
     */
    private ObjectNode webSite(String lang, SchemaNodes nodes) {
        ObjectNode site = nodes.typed("WebSite");
        site.put("name", config.titleIn(lang));
        SchemaNodes.putIfKnown(site, "description", config.descriptionIn(lang));
        site.put("inLanguage", lang);
        String home = nodes.url("");
        if (home != null) {
            site.put("url", home);
            ObjectNode search = site.putObject("potentialAction");
            search.put("@type", "SearchAction");
            ObjectNode target = search.putObject("target");
            target.put("@type", "EntryPoint");
            target.put("urlTemplate", home + "?q={search_term_string}");
            search.put("query-input", "required name=search_term_string");
        }
        return site;
    }

    /** The trail the page shows; the current page's crumb has no path of its own and takes the page's address. */
    private static ObjectNode breadcrumbs(PagePlan plan, List<PageContext.Breadcrumb> crumbs, SchemaNodes nodes) {
        ObjectNode list = nodes.typed("BreadcrumbList");
        ArrayNode items = list.putArray("itemListElement");
        for (int i = 0; i < crumbs.size(); i++) {
            PageContext.Breadcrumb crumb = crumbs.get(i);
            ObjectNode item = items.addObject();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", crumb.title());
            String url = nodes.url(crumb.path() != null ? crumb.path() : plan.path());
            if (url != null) {
                item.put("item", url);
            }
        }
        return list;
    }
}
