package io.buildsite.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The files {@code init} writes: a small site in Vietnamese and English that builds without a warning,
 * kept in the jar under {@code init/} as the author will see them.
 */
final class SiteSkeleton {
    /** The GitHub Action that checks, builds and uploads a site: a fork that publishes its own names it here. */
    static final String ACTION = "build-site/build-site";

    private static final String COURSE = "content/series/luyen-thi/linux-co-ban/";
    private static final String LESSON = COURSE + "chapters/01-dong-lenh/lessons/01-bai-1-di-lai-trong-cay-thu-muc";

    /** Each file's path in the new site, in the order they are written. */
    static final List<String> FILES = List.of(
            "site.yaml",
            ".gitignore",
            ".github/workflows/pages.yml",
            COURSE + "index.md",
            COURSE + "index.en.md",
            LESSON + ".md",
            LESSON + ".en.md",
            "data/quizzes/linux-co-ban.json",
            "data/quizzes/linux-co-ban.en.json");

    private SiteSkeleton() {
    }

    /**
     * The text of the file at {@code path}, the workflow naming the action's release that matches
     * {@code version} of build-site.
     */
    static String text(String path, String version) throws IOException {
        try (InputStream in = SiteSkeleton.class.getResourceAsStream("/" + resource(path))) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the skeleton file " + resource(path));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("__ACTION__", ACTION + "@v" + release(version));
        }
    }

    /** The release a build of {@code version} is or leads to: a development build names the one it will become. */
    static String release(String version) {
        return version.replaceFirst("-SNAPSHOT$", "");
    }

    /** Where the jar keeps {@code path}: under {@code init/}, without leading dots (Maven's copy leaves out .gitignore). */
    static String resource(String path) {
        return "init/" + path.replaceAll("(^|/)\\.", "$1");
    }
}
