package io.buildsite.diagnostics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosticsTest {
    private final Diagnostics diagnostics = new Diagnostics();

    @Test
    void formatIsCompilerStyle() {
        Diagnostic d = new Diagnostic("content/x.md", 12, 3, Severity.WARNING, "image not found: a.png");

        assertThat(d.format()).isEqualTo("content/x.md:12:3: warning: image not found: a.png");
    }

    @Test
    void errorIsLabelledError() {
        assertThat(new Diagnostic("site.yaml", 1, 1, Severity.ERROR, "bad").format()).isEqualTo("site.yaml:1:1: error: bad");
    }

    @Test
    void sortedByPathThenLineThenColumn() {
        diagnostics.warning("b.md", 1, 1, "w");
        diagnostics.error("a.md", 10, 1, "e10");
        diagnostics.error("a.md", 2, 5, "e2c5");
        diagnostics.error("a.md", 2, 1, "e2c1");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "a.md:2:1: error: e2c1", "a.md:2:5: error: e2c5", "a.md:10:1: error: e10", "b.md:1:1: warning: w");
    }

    @Test
    void lineNumbersSortAsNumbers() {
        diagnostics.error("a.md", 10, 1, "x");
        diagnostics.error("a.md", 9, 1, "x");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::line).containsExactly(9, 10);
    }

    @Test
    void atTheSamePlaceErrorsComeBeforeWarnings() {
        diagnostics.warning("a.md", 3, 1, "a warning");
        diagnostics.error("a.md", 3, 1, "z error");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::severity).containsExactly(Severity.ERROR, Severity.WARNING);
    }

    @Test
    void sameProblemReportedTwiceIsListedOnce() {
        diagnostics.warning("a.md", 3, 1, "same");
        diagnostics.warning("a.md", 3, 1, "same");

        assertThat(diagnostics.sorted()).hasSize(1);
        assertThat(diagnostics.summary()).isEqualTo("0 errors, 1 warning");
    }

    @Test
    void positionsBelowOneAreClampedToOne() {
        diagnostics.error("a.md", 0, -4, "x");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly("a.md:1:1: error: x");
    }

    @Test
    void summaryUsesSingularForOne() {
        diagnostics.error("a.md", 1, 1, "e");
        diagnostics.warning("a.md", 2, 1, "w1");
        diagnostics.warning("a.md", 3, 1, "w2");

        assertThat(diagnostics.summary()).isEqualTo("1 error, 2 warnings");
    }

    @Test
    void summaryOfNothing() {
        assertThat(diagnostics.summary()).isEqualTo("0 errors, 0 warnings");
    }

    @Test
    void summaryUsesPluralForMany() {
        diagnostics.error("a.md", 1, 1, "e1");
        diagnostics.error("a.md", 2, 1, "e2");
        diagnostics.warning("a.md", 3, 1, "w");

        assertThat(diagnostics.summary()).isEqualTo("2 errors, 1 warning");
    }

    @Test
    void hasErrorsOnlyWhenThereIsAnError() {
        diagnostics.warning("a.md", 1, 1, "w");
        assertThat(diagnostics.hasErrors()).isFalse();

        diagnostics.error(SourcePosition.of("a.md"), "e");
        assertThat(diagnostics.hasErrors()).isTrue();
    }

    @Test
    void collectsFromManyThreads() throws Exception {
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            int n = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    diagnostics.warning("f" + n + ".md", i + 1, 1, "w");
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(diagnostics.count(Severity.WARNING)).isEqualTo(4000);
    }
}
