package io.buildsite.load;

import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.SiteSource;
import io.buildsite.testing.GitRepository;
import io.buildsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code git_dates: true}: content dated by its last commit, from one read of the repository's history. */
class GitDatesTest {
    private static final String LESSONS = "content/series/cat/c/chapters/01-a/lessons/";

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();
    /** The git commands the reader ran, each by its arguments. */
    private final List<List<String>> runs = new ArrayList<>();

    private final GitDates.Git countingGit = (folder, args) -> {
        runs.add(args);
        return GitDates.installedGit(folder, args);
    };

    private TestSite site() throws IOException {
        return TestSite.in(dir).file("site.yaml", "title: S\ngit_dates: true\n").course("c", "title: C");
    }

    private SiteSource load() throws Exception {
        return new SourceLoader(dir, diagnostics, null, countingGit).load(null);
    }

    private String updatedOf(SiteSource site, String fileName) {
        return site.lessons().stream().filter(l -> l.source().path().equals(LESSONS + fileName))
                .findFirst().orElseThrow().updated();
    }

    @Test
    void eachFileIsDatedByItsLastCommitWithTheCommittersOffset() throws Exception {
        site().lesson("c", "01-a.md", "title: A", "One\n").lesson("c", "02-b.md", "title: B", "Two\n");
        GitRepository repository = GitRepository.init(dir).commitAll("2026-01-05T10:00:00+07:00");
        site().lesson("c", "02-b.md", "title: B", "Two, again\n");
        repository.commitAll("2026-03-07T08:15:00+00:00");

        SiteSource site = load();

        assertThat(updatedOf(site, "01-a.md")).isEqualTo("2026-01-05T10:00:00+07:00");
        assertThat(updatedOf(site, "02-b.md")).isEqualTo("2026-03-07T08:15:00Z");
        assertThat(diagnostics.sorted()).isEmpty();
    }

    @Test
    void theWholeHistoryIsReadByOneGitLogOverTheContentFolder() throws Exception {
        site().lesson("c", "01-a.md", "title: A", "One\n").lesson("c", "02-b.md", "title: B", "Two\n")
                .file("content/blog/news/p.md", "---\ntitle: P\n---\nText\n");
        GitRepository.init(dir).commitAll("2026-01-05T10:00:00Z");

        SiteSource site = load();

        assertThat(runs).containsExactly(GitDates.LOG);
        assertThat(GitDates.LOG).startsWith("log").contains("--name-only").endsWith("--", "content");
        assertThat(site.posts().get(0).updated()).isEqualTo("2026-01-05T10:00:00Z");
        assertThat(site.courses().get(0).updated()).isEqualTo("2026-01-05T10:00:00Z");
    }

    @Test
    void uncommittedChangesKeepTheLastCommitsDateAndANewFileHasNone() throws Exception {
        site().lesson("c", "01-a.md", "title: A", "One\n");
        GitRepository.init(dir).commitAll("2026-01-05T10:00:00Z");
        site().lesson("c", "01-a.md", "title: A", "One, edited\n").lesson("c", "02-b.md", "title: B", "New\n");

        SiteSource site = load();

        assertThat(updatedOf(site, "01-a.md")).isEqualTo("2026-01-05T10:00:00Z");
        assertThat(updatedOf(site, "02-b.md")).isNull();
    }

    @Test
    void theFrontMattersDateWinsOverTheCommits() throws Exception {
        site().lesson("c", "01-a.md", "title: A\nupdated: 2025-12-31", "One\n");
        GitRepository.init(dir).commitAll("2026-01-05T10:00:00Z");

        assertThat(updatedOf(load(), "01-a.md")).isEqualTo("2025-12-31");
    }

    @Test
    void aSiteInNoRepositoryIsWarnedAtTheSettingAndBuildsWithoutDates() throws Exception {
        site().lesson("c", "01-a.md", "title: A", "One\n");

        SiteSource site = load();

        assertThat(updatedOf(site, "01-a.md")).isNull();
        assertThat(diagnostics.sorted()).map(Diagnostic::format).containsExactly("site.yaml:2:1: warning: git_dates: "
                + "git could not read the site's history (is it in a git repository?); pages are not dated by their "
                + "last commit");
    }

    @Test
    void gitThatCannotBeRunGivesNoDatesSayingWhy() {
        GitDates.Git missing = (folder, args) -> {
            throw new IOException("git could not be run (no such program)");
        };

        assertThatThrownBy(() -> GitDates.read(dir, missing)).isInstanceOf(GitDates.Unavailable.class)
                .hasMessage("git could not be run (no such program)");
    }

    @Test
    void withoutTheSettingGitIsNotRun() throws Exception {
        TestSite.in(dir).course("c", "title: C").lesson("c", "01-a.md", "title: A", "One\n");

        load();

        assertThat(runs).isEmpty();
    }

    @Test
    void aPathIsDatedByItsNewestCommitInTheLog() {
        byte[] log = "\u00012026-03-07T08:15:00+00:00\u0000\ncontent/a.md\u0000\u00012026-01-05T10:00:00+07:00\u0000\ncontent/a.md\u0000content/ả b.md\u0000"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(GitDates.parse(log)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "content/a.md", "2026-03-07T08:15:00Z", "content/ả b.md", "2026-01-05T10:00:00+07:00"));
    }

    @Test
    void aSettingThatIsNeitherTrueNorFalseIsAnErrorAtItsLine() throws Exception {
        TestSite.in(dir).file("site.yaml", "title: S\ngit_dates: sometimes\n");

        load();

        assertThat(diagnostics.sorted()).map(Diagnostic::format)
                .containsExactly("site.yaml:2:1: error: git_dates must be true or false, not 'sometimes'");
        assertThat(Files.exists(dir.resolve(".git"))).isFalse();
    }
}
