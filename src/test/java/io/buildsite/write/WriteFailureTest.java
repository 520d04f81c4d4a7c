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
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A write that fails stops the writing: when the writer gives up, no other write is under way or still
 * to come, so the unfinished output folder can be removed whole.
 */
class WriteFailureTest {
    @TempDir
    Path dir;

    @Test
    void whenOneWriteFailsNoOtherWriteGoesOnAfterTheFailureIsThrown() throws Exception {
        TestSite site = TestSite.in(dir).course("c", "title: C");
        for (int i = 100; i < 300; i++) {
            site.lesson("c", i + "-l.md", "title: L" + i, "Body " + i + ".\n");
        }
        Diagnostics diagnostics = new Diagnostics();
        SiteSource source = new SourceLoader(dir, diagnostics).load(null);
        SitePlan plan = AssembleStage.assemble(source, RenderStage.render(source, diagnostics), diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        Thread caller = Thread.currentThread();
        AtomicInteger writes = new AtomicInteger();
        // The calling thread fails at once; the other threads are slower writers with much still to write.
        OutputSink sink = new OutputSink() {
            @Override
            public void write(String path, byte[] bytes) throws IOException {
                if (Thread.currentThread() == caller) {
                    throw new IOException("disk full");
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                writes.incrementAndGet();
            }

            @Override
            public void copy(String path, Path file) throws IOException {
                write(path, new byte[0]);
            }
        };

        assertThatThrownBy(() -> new SiteWriter(new Theme(dir.resolve("templates")), plan.config()).writeAll(plan, sink))
                .isInstanceOf(IOException.class).hasMessage("disk full");
        int whenThrown = writes.get();
        Thread.sleep(300);

        assertThat(writes.get()).isEqualTo(whenThrown);
    }
}
