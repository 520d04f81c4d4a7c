package io.buildsite.write;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** MathJax reaches a site only when a page has math, and only the pages with math load it. */
class MathJaxAssetsTest {
    @TempDir
    Path dir;

    private TestSite site(String firstBody, String secondBody) throws IOException {
        return TestSite.in(dir).course("c", "title: C")
                .lesson("c", "01-a.md", "title: A\nslug: a", firstBody)
                .lesson("c", "02-b.md", "title: B\nslug: b", secondBody);
    }

    private String page(String lesson) throws IOException {
        return Files.readString(dir.resolve("site-output/lessons/c/" + lesson + "/index.html"));
    }

    @Test
    void aSiteWithMathShipsMathJaxItsComponentFontsAndLicense() throws IOException {
        TestSite.Result result = site("Biết $x_1 < 2$.", "Không có công thức.").build();

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        Path mathjax = dir.resolve("site-output/assets/mathjax");
        assertThat(mathjax.resolve("tex-chtml.js")).isRegularFile();
        assertThat(mathjax.resolve("LICENSE")).isRegularFile();
        assertThat(mathjax.resolve("output/chtml/fonts/woff-v2/MathJax_Main-Regular.woff")).isRegularFile();
        assertThat(mathjax.resolve("input/tex/extensions/cancel.js")).isRegularFile();
        assertThat(mathjax.resolve("input/tex/extensions/all-packages.js")).doesNotExist();
        assertThat(mathjax.resolve("tex-svg.js")).doesNotExist();
    }

    @Test
    void onlyThePageWithMathLoadsTheMathScript() throws IOException {
        assertThat(site("Biết $x_1 < 2$.", "Không có công thức.").build().exitCode()).isZero();

        assertThat(page("a")).contains("<span class=\"math\">$x_1 &lt; 2$</span>")
                .contains("<script src=\"../../../assets/math.js\" defer></script>");
        assertThat(page("b")).doesNotContain("math.js").doesNotContain("mathjax");
    }

    @Test
    void aSiteWhoseDollarsAreMoneyShipsNoMathJax() throws IOException {
        assertThat(site("Giá $5 và $10.", "Không có công thức.").build().exitCode()).isZero();

        assertThat(dir.resolve("site-output/assets/mathjax")).doesNotExist();
        assertThat(page("a")).doesNotContain("math.js");
    }
}
