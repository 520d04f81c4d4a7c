package io.buildsite.write;

import io.buildsite.assemble.AssembleStage;
import io.buildsite.assemble.SitePlan;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.load.SourceLoader;
import io.buildsite.model.SiteSource;
import io.buildsite.render.RenderStage;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** A static file of any size is handed on as a file to copy, never read into memory. */
class StaticFileCopyTest {
    @TempDir
    Path dir;

    @Test
    void aThreeGigabyteStaticFileIsCopiedByReference() throws IOException {
        TestSite site = TestSite.in(dir).file("site.yaml", "title: T\nbase_url: https://example.org/\n")
                .course("c", "title: C").file("static/video/lecture.mp4", "");
        Path big = dir.resolve("static/video/lecture.mp4");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(3L << 30);
        }
        Diagnostics diagnostics = new Diagnostics();
        SiteSource source = new SourceLoader(site.root(), diagnostics).load(null);
        SitePlan plan = AssembleStage.assemble(source, RenderStage.render(source, diagnostics), diagnostics);
        Map<String, Object> written = new ConcurrentHashMap<>();

        new SiteWriter(new Theme(dir.resolve("templates")), plan.config()).writeAll(plan, new OutputSink() {
            @Override
            public void write(String relativePath, byte[] bytes) {
                written.put(relativePath, bytes);
            }

            @Override
            public void copy(String relativePath, Path file) {
                written.put(relativePath, file);
            }
        });

        assertThat(written.get("video/lecture.mp4")).isEqualTo(big);
        assertThat(written.get("index.html")).isInstanceOf(byte[].class);
    }
}
