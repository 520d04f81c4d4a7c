package io.buildsite.write;

import io.buildsite.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Ids of a written page: the theme's own and the body's heading anchors must not collide. */
class BuiltPageIdsTest {
    @TempDir
    Path dir;

    private static List<String> repeatedIds(Document page) {
        Set<String> seen = new HashSet<>();
        return page.select("[id]").stream().map(Element::id).filter(id -> !seen.add(id)).toList();
    }

    @Test
    void lessonPageHasNoRepeatedId() throws Exception {
        TestSite site = TestSite.in(dir).course("c", "title: C")
                .lesson("c", "01-a.md", "title: A", "## Giới thiệu\n\n## Giới thiệu\n\n<p id=\"x\">p</p>\n");
        assertThat(site.build().exitCode()).isZero();

        assertThat(repeatedIds(Jsoup.parse(site.read("lessons/c/01-a/index.html")))).isEmpty();
    }

    @Test
    void headingAnchorDoesNotTakeAnIdTheThemeUses() throws Exception {
        TestSite site = TestSite.in(dir).course("c", "title: C")
                .lesson("c", "01-a.md", "title: A", "## Main\n\nText.\n");
        assertThat(site.build().exitCode()).isZero();

        Document page = Jsoup.parse(site.read("lessons/c/01-a/index.html"));
        assertThat(repeatedIds(page)).isEmpty();
        String tocTarget = page.selectFirst(".toc-list a").attr("href").substring(1);
        assertThat(page.getElementById(tocTarget).tagName()).isEqualTo("h2");
    }
}
