package io.buildsite.render;

import io.buildsite.cache.ContentStore;
import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.ImageSize;
import io.buildsite.model.PackedText;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rendered bodies kept on disk from one build to the next, and only for the same inputs. */
class RenderCacheStoreTest {
    private static final String PATH = "content/series/cat/c/chapters/01-a/lessons/01-a.md";
    private static final SiteConfig CONFIG = new SiteConfig("Site", "/", List.of("vi", "en"), "vi",
            Map.of("vi", "Trang", "en", "Site"), Map.of(), null);
    private static final PublishedFiles STATIC = Bodies.files("img/a.png");
    private static final String BODY = "<h2 id=\"a\">A</h2>\n\nText with ![x](/img/missing.png) and `code`.\n";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private RenderCache cache(String tool, SiteConfig config, PublishedFiles published) {
        RenderCache cache = new RenderCache(new ContentStore(dir, 1 << 20, warnings::add), tool);
        cache.validateFor(config, published);
        return cache;
    }

    /** Renders as the render stage does and keeps the result in {@code cache}. */
    private static RenderCache.Entry renderInto(RenderCache cache, String body, Source source) {
        Diagnostics own = new Diagnostics();
        RenderedBody rendered = new BodyRenderer(CONFIG, STATIC, own).render(body, source, own);
        RenderCache.Entry entry = new RenderCache.Entry(PackedText.of(body), source, rendered, own.sorted());
        cache.put(source.path(), entry);
        cache.save();
        return entry;
    }

    @Test
    void aBodyRenderedInOneBuildIsReadInTheNextWithItsProblems() {
        Source source = new Source(PATH, 6, null, null);
        RenderCache.Entry rendered = renderInto(cache("tool 1", CONFIG, STATIC), BODY, source);

        RenderCache.Entry read = cache("tool 1", CONFIG, STATIC).get(PATH, PackedText.of(BODY), source);

        assertThat(read).isNotNull();
        assertThat(read.rendered()).isEqualTo(rendered.rendered());
        assertThat(read.rendered().html().text()).contains("<h2 id=\"a\">");
        assertThat(read.diagnostics()).isEqualTo(rendered.diagnostics())
                .extracting(Diagnostic::message).anyMatch(m -> m.contains("image not found"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void nothingIsStoredUntilTheBuildSucceeds() {
        Source source = new Source(PATH, 6, null, null);
        RenderCache failing = cache("tool 1", CONFIG, STATIC);
        Diagnostics own = new Diagnostics();
        failing.put(PATH, new RenderCache.Entry(PackedText.of(BODY), source,
                new BodyRenderer(CONFIG, STATIC, own).render(BODY, source, own), own.sorted()));

        assertThat(cache("tool 1", CONFIG, STATIC).get(PATH, PackedText.of(BODY), source)).isNull();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void anotherTextPositionToolSettingOrSetOfFilesIsNotServedWhatWasStored() {
        Source source = new Source(PATH, 6, null, null);
        renderInto(cache("tool 1", CONFIG, STATIC), BODY, source);
        SiteConfig otherBase = new SiteConfig("Site", "https://example.com/c/", List.of("vi", "en"), "vi",
                Map.of("vi", "Trang", "en", "Site"), Map.of(), null);

        assertThat(cache("tool 1", CONFIG, STATIC).get(PATH, PackedText.of(BODY + "More.\n"), source)).isNull();
        assertThat(cache("tool 1", CONFIG, STATIC).get(PATH, PackedText.of(BODY), new Source(PATH, 7, null, null))).isNull();
        assertThat(cache("tool 1", CONFIG, STATIC).get("content/other.md", PackedText.of(BODY),
                new Source("content/other.md", 6, null, null))).isNull();
        assertThat(cache("tool 2", CONFIG, STATIC).get(PATH, PackedText.of(BODY), source)).isNull();
        assertThat(cache("tool 1", otherBase, STATIC).get(PATH, PackedText.of(BODY), source)).isNull();
        assertThat(cache("tool 1", CONFIG, Bodies.files("img/a.png", "img/missing.png")).get(PATH, PackedText.of(BODY), source))
                .isNull();
    }

    @Test
    void aBodyStoredBeforeAnImageChangedSizeIsNotServed() {
        Source source = new Source(PATH, 6, null, null);
        renderInto(cache("tool 1", CONFIG, sized(320, 180)), BODY, source);

        assertThat(cache("tool 1", CONFIG, sized(320, 180)).get(PATH, PackedText.of(BODY), source)).isNotNull();
        assertThat(cache("tool 1", CONFIG, sized(640, 360)).get(PATH, PackedText.of(BODY), source)).isNull();
    }

    @Test
    void inMemoryAnImageOfAnotherSizeEmptiesTheCache() {
        Source source = new Source(PATH, 6, null, null);
        RenderCache cache = new RenderCache();
        cache.validateFor(CONFIG, sized(320, 180));
        Diagnostics own = new Diagnostics();
        cache.put(PATH, new RenderCache.Entry(PackedText.of(BODY), source,
                new BodyRenderer(CONFIG, sized(320, 180), own).render(BODY, source, own), own.sorted()));

        cache.validateFor(CONFIG, sized(320, 180));
        assertThat(cache.get(PATH, PackedText.of(BODY), source)).isNotNull();

        cache.validateFor(CONFIG, sized(640, 360));

        assertThat(cache.get(PATH, PackedText.of(BODY), source)).isNull();
    }

    private static PublishedFiles sized(int width, int height) {
        return new PublishedFiles(java.util.Set.of("img/a.png"), Map.of("img/a.png", new ImageSize(width, height)));
    }

    @Test
    void theSameSettingsInAnotherOrderAreTheSameSettings() {
        Source source = new Source(PATH, 6, null, null);
        renderInto(cache("tool 1", CONFIG, STATIC), BODY, source);
        java.util.LinkedHashMap<String, String> reordered = new java.util.LinkedHashMap<>();
        reordered.put("en", "Site");
        reordered.put("vi", "Trang");
        SiteConfig same = new SiteConfig("Site", "/", List.of("vi", "en"), "vi", reordered, Map.of(), null);

        assertThat(cache("tool 1", same, Bodies.files("img/a.png")).get(PATH, PackedText.of(BODY), source)).isNotNull();
    }

    @Test
    void everyFieldOfARenderedBodyComesBackEqual() throws IOException {
        Bodies bodies = Bodies.site();
        RenderedBody body = bodies.renderBody("<h2 id=\"x\">Một</h2>\n\n```java\nint a;\n```\n\n"
                + "[link](/series/) and [anchor](#x) and [gone](#nope)\n\n<h3>Hai</h3>\n\n$x_1$\n");
        List<Diagnostic> diagnostics = bodies.diagnostics.sorted();

        RenderedBodyCodec.Decoded decoded = RenderedBodyCodec.decode(RenderedBodyCodec.encode(body, diagnostics));

        assertThat(decoded.body()).isEqualTo(body);
        assertThat(decoded.diagnostics()).isEqualTo(diagnostics);
        assertThat(body.toc()).isNotEmpty();
        assertThat(body.links()).isNotEmpty();
        assertThat(body.codeLanguages()).contains("java");
        assertThat(body.hasMath()).isTrue();
    }

    @Test
    void bytesThatAreNotARenderedBodyAreRefused() {
        byte[] encoded = RenderedBodyCodec.encode(RenderedBody.EMPTY, List.of());

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                RenderedBodyCodec.decode(java.util.Arrays.copyOf(encoded, encoded.length - 1)))).isInstanceOf(IOException.class);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                RenderedBodyCodec.decode(new byte[] {-1, -1, -1, -1}))).isInstanceOf(IOException.class);
    }
}
