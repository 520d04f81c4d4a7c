package io.buildsite.load;

import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest of a site's inputs opens exactly the files a build reads, and nothing a link leads to elsewhere. */
class InputFingerprintTest {
    @TempDir
    Path dir;

    private Path site() throws IOException {
        return TestSite.in(dir.resolve("site")).course("c", "title: C").root();
    }

    @Test
    void aLinkToAFileOutsideTheSourceIsNeverRead() throws IOException {
        Path site = site();
        Path outside = Files.writeString(dir.resolve("outside.png"), "one");
        Files.createSymbolicLink(site.resolve("content/k.png"), outside);
        String before = InputFingerprint.of(site, List.of());

        Files.writeString(outside, "two, and longer");

        assertThat(InputFingerprint.of(site, List.of())).isNotNull().isEqualTo(before);
    }

    @Test
    void aLinkInsideTheSourceCountsByWhatItLeadsTo() throws IOException {
        Path site = site();
        Path target = Files.writeString(Files.createDirectories(site.resolve("static")).resolve("a.txt"), "one");
        Files.createSymbolicLink(site.resolve("content/b.png"), target);
        String before = InputFingerprint.of(site, List.of());

        Files.writeString(target, "two");

        assertThat(InputFingerprint.of(site, List.of())).isNotEqualTo(before);
    }
}
