package io.buildsite.cli;

import io.buildsite.testing.BuildProcess;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A static file larger than the heap is published all the same: it is streamed, never held in memory. */
class LargeStaticFileTest {
    private static final long SIZE = 100L << 20;

    @TempDir
    Path dir;

    @Test
    void aStaticFileThreeTimesTheHeapIsCopiedAndThenLinkedWhenUnchanged() throws Exception {
        TestSite site = TestSite.in(dir.resolve("site")).file("site.yaml", "title: T\nbase_url: https://example.org/\n")
                .course("c", "title: C").file("static/data.bin", "");
        try (RandomAccessFile file = new RandomAccessFile(site.root().resolve("static/data.bin").toFile(), "rw")) {
            file.setLength(SIZE);
            file.seek(SIZE - 4);
            file.write(new byte[] {1, 2, 3, 4});
        }
        Path out = dir.resolve("out");

        assertThat(buildWithSmallHeap(site.root(), out)).isZero();
        Path copy = out.resolve("data.bin");
        assertThat(Files.size(copy)).isEqualTo(SIZE);
        assertThat(Files.mismatch(copy, site.root().resolve("static/data.bin"))).isEqualTo(-1);
        Object inode = Files.getAttribute(copy, "unix:ino");

        assertThat(buildWithSmallHeap(site.root(), out, "--rebuild")).isZero();
        assertThat(Files.getAttribute(out.resolve("data.bin"), "unix:ino")).isEqualTo(inode);
    }

    private static int buildWithSmallHeap(Path source, Path out, String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("build", "--quiet", "--source", source.toString(),
                "--output", out.toString()));
        args.addAll(List.of(extra));
        Process build = BuildProcess.of(List.of("-Xmx32m"), Map.of(), args.toArray(String[]::new))
                .redirectErrorStream(true).start();
        build.getOutputStream().close();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).doesNotContain("out of memory").doesNotContain("Exception");
        return build.exitValue();
    }
}
