package io.buildsite.load;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever an author writes as a slug, an accepted slug is one plain folder name inside the output. */
class SlugPathProperties {
    private static final Path OUTPUT = Path.of("/srv/site-output");

    @Provide
    Arbitrary<String> slugs() {
        Arbitrary<String> pieces = Arbitraries.of("..", ".", "/", "\\", "a", "bài-1", "~", "%2e%2e", "//", " ", "\u0000",
                "C:", "đ", "-", "x.y", "/etc/passwd", "../../x", "\n");
        return Arbitraries.oneOf(
                pieces.list().ofMinSize(1).ofMaxSize(6).map(list -> String.join("", list)),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20));
    }

    @Property(tries = 2000)
    void anAcceptedSlugStaysOneFolderInsideTheOutput(@ForAll("slugs") String slug) {
        if (!Slugs.isSafe(slug)) {
            return;
        }
        Path page = OUTPUT.resolve("lessons").resolve(slug).resolve(slug).resolve("index.html").normalize();
        assertThat(page.startsWith(OUTPUT.resolve("lessons"))).as(page.toString()).isTrue();
        assertThat(page.getNameCount()).isEqualTo(OUTPUT.getNameCount() + 4);
        assertThat(slug).doesNotContain("/").doesNotContain("\\").doesNotContain("..");
    }

    @Property(tries = 500)
    void slugsThatClimbOrBranchAreRejected(@ForAll("slugs") String slug) {
        if (slug.contains("/") || slug.contains("\\") || slug.contains("..") || slug.startsWith(".")) {
            assertThat(Slugs.isSafe(slug)).isFalse();
        }
    }
}
