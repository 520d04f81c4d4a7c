package io.buildsite.render;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.load.SourceLoader;
import io.buildsite.model.LinkMarkers;
import io.buildsite.model.SiteSource;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static io.buildsite.testing.TestImages.picture;
import static org.assertj.core.api.Assertions.assertThat;

/** Image files of a site, loaded and then shown by a lesson: each with the width and height its file gives. */
class ShippedImageSizesTest {
    private static final String S = LinkMarkers.SITE_ROOT;
    private static final String LESSON = "content/series/cat/c/chapters/01-a/lessons/01-a.md";

    @TempDir
    Path dir;

    /** The lesson's HTML once a site with the image file {@code path} and {@code img} as the body is loaded and rendered. */
    private String lessonShowing(String path, byte[] file, String img) throws IOException {
        TestSite.in(dir).bytes(path, file).course("c", "title: C").lesson("c", "01-a.md", "title: A", img + "\n");
        Diagnostics diagnostics = new Diagnostics();
        SiteSource site = new SourceLoader(dir, diagnostics).load(null);
        String html = RenderStage.render(site, diagnostics).get(LESSON).html().text().strip();
        assertThat(diagnostics.sorted()).isEmpty();
        return html;
    }

    private static byte[] svg(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPng() throws IOException {
        assertThat(lessonShowing("content/images/a.png", picture("png", 320, 180),
                "<img src=\"/images/a.png\" alt=\"A\">"))
                .isEqualTo("<img src=\"" + S + "images/a.png\" alt=\"A\" loading=\"lazy\" decoding=\"async\" width=\"320\" height=\"180\">");
    }

    @Test
    void aJpeg() throws IOException {
        assertThat(lessonShowing("content/images/a.jpg", picture("jpeg", 64, 48),
                "<img src=\"/images/a.jpg\" alt=\"A\">"))
                .isEqualTo("<img src=\"" + S + "images/a.jpg\" alt=\"A\" loading=\"lazy\" decoding=\"async\" width=\"64\" height=\"48\">");
    }

    @Test
    void aGif() throws IOException {
        assertThat(lessonShowing("content/images/a.gif", picture("gif", 16, 9),
                "<img src=\"/images/a.gif\" alt=\"A\">"))
                .isEqualTo("<img src=\"" + S + "images/a.gif\" alt=\"A\" loading=\"lazy\" decoding=\"async\" width=\"16\" height=\"9\">");
    }

    @Test
    void anSvgWithAViewBox() throws IOException {
        assertThat(lessonShowing("content/images/d.svg", svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 300\"/>"),
                "<img src=\"/images/d.svg\" alt=\"D\">"))
                .isEqualTo("<img src=\"" + S + "images/d.svg\" alt=\"D\" loading=\"lazy\" decoding=\"async\" width=\"400\" height=\"300\">");
    }

    @Test
    void anSvgWithWidthAndHeight() throws IOException {
        assertThat(lessonShowing("content/images/d.svg", svg("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"90\"/>"),
                "<img src=\"/images/d.svg\" alt=\"D\">"))
                .isEqualTo("<img src=\"" + S + "images/d.svg\" alt=\"D\" loading=\"lazy\" decoding=\"async\" width=\"120\" height=\"90\">");
    }

    @Test
    void anImageOfStatic() throws IOException {
        assertThat(lessonShowing("static/logo.png", picture("png", 48, 48),
                "<img src=\"/logo.png\" alt=\"L\">"))
                .isEqualTo("<img src=\"" + S + "logo.png\" alt=\"L\" loading=\"lazy\" decoding=\"async\" width=\"48\" height=\"48\">");
    }

    @Test
    void aSizeTheAuthorGaveIsKept() throws IOException {
        assertThat(lessonShowing("content/images/a.png", picture("png", 320, 180),
                "<img src=\"/images/a.png\" alt=\"A\" width=\"160\" height=\"90\">"))
                .isEqualTo("<img src=\"" + S + "images/a.png\" alt=\"A\" width=\"160\" height=\"90\" loading=\"lazy\" decoding=\"async\">");
    }

    @Test
    void aRemoteImageIsLeftAsItIs() throws IOException {
        assertThat(lessonShowing("content/images/a.png", picture("png", 320, 180),
                "<img src=\"https://example.com/images/a.png\" alt=\"A\">"))
                .isEqualTo("<img src=\"https://example.com/images/a.png\" alt=\"A\" loading=\"lazy\" decoding=\"async\">");
    }
}
