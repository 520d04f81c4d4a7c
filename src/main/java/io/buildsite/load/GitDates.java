package io.buildsite.load;

import io.buildsite.diagnostics.Diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each content file's last commit date, read from the repository's history by one {@code git log} over
 * {@code content/} for the whole site: a process per file would cost a large site seconds. A file counts
 * by its last commit, whatever it holds since: uncommitted changes do not date it (so a build of the
 * same commit gives the same dates), and a file never committed has no date.
 */
public final class GitDates {
    /**
     * One {@code git log} from the site root: each commit as {@code \1<committer date>\0}, then the paths
     * it changed under content/, relative to the root, each ended by {@code \0}; newest commit first.
     */
    static final List<String> LOG = List.of("log", "--relative", "--name-only", "-z", "--format=%x01%cI", "--",
            "content");

    /** Runs git in a folder with the given arguments and gives what it printed. */
    public interface Git {
        byte[] run(Path dir, List<String> args) throws IOException;
    }

    /** Why git gave no dates: it is not installed, or the site is in no repository it can read. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    private final Map<String, String> dates;

    private GitDates(Map<String, String> dates) {
        this.dates = dates;
    }

    /** The dates of the files under {@code root}'s content/, from one run of {@code git}. */
    static GitDates read(Path root, Git git) throws Unavailable {
        try {
            return new GitDates(parse(git.run(root, LOG)));
        } catch (IOException e) {
            throw new Unavailable(e.getMessage());
        }
    }

    /**
     * Dates what its front matter does not date by its last commit; without a readable history, warns at
     * the setting and dates nothing.
     */
    static void dateUndated(LoadedContent content, Path root, Git git, Diagnostics diagnostics) throws IOException {
        try {
            content.dateBy(read(root, git)::of);
        } catch (Unavailable e) {
            diagnostics.warning(SiteConfigReader.FILE, SiteConfigReader.lineOfSetting(root, SiteConfigReader.GIT_DATES), 1,
                    SiteConfigReader.GIT_DATES + ": " + e.getMessage() + "; pages are not dated by their last commit");
        }
    }

    /** The commit checked out in {@code root}'s repository, or an empty text when git cannot say. */
    public static String commit(Path root) {
        try {
            return new String(installedGit(root, List.of("rev-parse", "HEAD")), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** The last commit date of the file at {@code path} (from the site root), or null when it has none. */
    String of(String path) {
        return dates.get(path);
    }

    /** The first date each path has in the log, which lists the newest commit first. */
    static Map<String, String> parse(byte[] log) {
        Map<String, String> dates = new HashMap<>();
        String date = null;
        for (String field : new String(log, StandardCharsets.UTF_8).split("\0")) {
            String item = field.startsWith("\n") ? field.substring(1) : field;
            if (item.startsWith("\1")) {
                date = UpdatedDate.normalize(item.substring(1));
            } else if (!item.isEmpty() && date != null) {
                dates.putIfAbsent(item, date);
            }
        }
        return dates;
    }

    /** The installed {@code git}; a failure to start it or a failed run is an {@link IOException} saying why. */
    public static byte[] installedGit(Path dir, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(args);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IOException("git could not be run (" + e.getMessage() + ")", e);
        }
        process.getOutputStream().close(); // git asks nothing: no prompt may wait for an answer
        byte[] out;
        try (InputStream stdout = process.getInputStream()) {
            out = stdout.readAllBytes();
        }
        try {
            if (process.waitFor() != 0) {
                throw new IOException("git could not read the site's history (is it in a git repository?)");
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while git read the history", e);
        }
        return out;
    }
}
