package io.buildsite.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A git repository made in a test, each commit dated as the test says. */
public final class GitRepository {
    private final Path dir;

    private GitRepository(Path dir) {
        this.dir = dir;
    }

    public static GitRepository init(Path dir) throws IOException, InterruptedException {
        GitRepository repository = new GitRepository(dir);
        repository.git("2026-01-01T00:00:00Z", "init", "-q");
        return repository;
    }

    /** Commits every file as it is now, dated {@code date} (ISO, with its offset) as author and committer. */
    public GitRepository commitAll(String date) throws IOException, InterruptedException {
        git(date, "add", "-A");
        git(date, "commit", "-q", "--allow-empty", "-m", "change");
        return this;
    }

    private void git(String date, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=T", "-c", "user.email=t@example.org",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(Map.of("GIT_COMMITTER_DATE", date, "GIT_AUTHOR_DATE", date));
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed");
        }
    }
}
