package io.buildsite.write;

import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.StaticFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every file of the output has one maker: what counts as a collision, and where it is reported. */
class OutputCollisionsTest {
    private static final List<OutputCollisions.Generated> GENERATED = List.of(
            page("index.html", "templates/home.peb", ""),
            page("en/index.html", "templates/home.peb", ""),
            page("lessons/c/one/index.html", "content/series/cat/c/chapters/01/lessons/01-one.md", "lessons/c/one/"),
            site("assets/site.js"), site("sitemap.xml"), site("search/docs.json"));

    private static OutputCollisions.Generated page(String file, String source, String page) {
        return new OutputCollisions.Generated(file, source, page);
    }

    private static OutputCollisions.Generated site(String file) {
        return new OutputCollisions.Generated(file, file, null);
    }

    private static StaticFile copied(String source) {
        String output = source.substring(source.indexOf('/') + 1);
        return new StaticFile(Path.of(source), source, output, null);
    }

    private static List<String> report(List<OutputCollisions.Generated> generated, StaticFile... copied) {
        Diagnostics diagnostics = new Diagnostics();
        boolean any = OutputCollisions.report(generated, List.of(copied), diagnostics);
        List<String> reported = diagnostics.sorted().stream().map(Diagnostic::format).toList();
        assertThat(any).isEqualTo(!reported.isEmpty());
        return reported;
    }

    @Test
    void filesOfTheirOwnAreNoCollision() {
        assertThat(report(GENERATED, copied("static/assets/logo.png"), copied("content/images/a.png"),
                copied("static/lessons/c/one/notes.pdf"))).isEmpty();
    }

    @Test
    void aCopiedFileReplacingAPageIsAnErrorAtTheCopiedFile() {
        assertThat(report(GENERATED, copied("static/index.html"), copied("static/lessons/c/one/index.html"))).containsExactly(
                "static/index.html:1:1: error: would replace the generated index.html: rename or move it",
                "static/lessons/c/one/index.html:1:1: error: would replace the generated lessons/c/one/index.html: "
                        + "rename or move it");
    }

    @Test
    void aCopiedFileReplacingAFileOfTheSiteIsAnError() {
        assertThat(report(GENERATED, copied("static/assets/site.js"), copied("static/sitemap.xml"),
                copied("static/search/docs.json"))).containsExactly(
                "static/assets/site.js:1:1: error: would replace the generated assets/site.js: rename or move it",
                "static/search/docs.json:1:1: error: would replace the generated search/docs.json: rename or move it",
                "static/sitemap.xml:1:1: error: would replace the generated sitemap.xml: rename or move it");
    }

    @Test
    void twoCopiedFilesAtOneAddressAreAnErrorAtTheLaterOne() {
        assertThat(report(GENERATED, copied("static/images/x.png"), copied("content/images/x.png"))).containsExactly(
                "static/images/x.png:1:1: error: would replace content/images/x.png (both are published as images/x.png): "
                        + "rename or move one of them");
    }

    @Test
    void aCopiedFileWhereTheOutputNeedsAFolderIsAnError() {
        assertThat(report(GENERATED, copied("static/lessons"))).containsExactly(
                "static/lessons:1:1: error: would take the place of the folder lessons/ that the generated "
                        + "lessons/c/one/index.html needs: rename or move it");
    }

    @Test
    void aCopiedFileBelowAGeneratedFileIsAnError() {
        assertThat(report(GENERATED, copied("static/sitemap.xml/a.png"))).containsExactly(
                "static/sitemap.xml/a.png:1:1: error: needs a folder sitemap.xml/ where the generated sitemap.xml is: "
                        + "rename or move it");
    }

    @Test
    void twoPagesAtOneAddressAreAnErrorAtTheLaterPagesSource() {
        List<OutputCollisions.Generated> pages = List.of(
                page("blog/a/index.html", "content/blog/x/a.md", "blog/a/"),
                page("blog/a/index.html", "content/blog/y/a.md", "blog/a/"),
                page("en/blog/a/index.html", "content/blog/x/a.md", "blog/a/"),
                page("en/blog/a/index.html", "content/blog/y/a.md", "blog/a/"));

        assertThat(report(pages)).containsExactly("content/blog/y/a.md:1:1: error: its page blog/a/ is also made by "
                + "content/blog/x/a.md: give one of them another slug");
    }
}
