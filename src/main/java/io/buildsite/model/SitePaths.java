package io.buildsite.model;

/**
 * The site's address scheme, relative to a language root ({@code /} for the default language,
 * {@code /en/} for English). Kept stable: published links depend on it.
 */
public final class SitePaths {
    public static final String HOME = "";
    public static final String SERIES = "series/";
    public static final String QUIZZES = "luyen-thi/";
    public static final String BLOG = "blog/";
    public static final String TAGS = "tags/";
    /** The search index's folder in each language tree. */
    public static final String SEARCH = "search/";

    private SitePaths() {
    }

    public static String course(String categoryDir, String courseSlug) {
        return SERIES + categoryDir + "/" + courseSlug + "/";
    }

    public static String lesson(String courseSlug, String lessonSlug) {
        return "lessons/" + courseSlug + "/" + lessonSlug + "/";
    }

    public static String quiz(String quizSlug) {
        return QUIZZES + quizSlug + "/";
    }

    public static String post(String postSlug) {
        return BLOG + postSlug + "/";
    }

    public static String tag(String tagSlug) {
        return TAGS + tagSlug + "/";
    }

    /** The prefix of a language's tree: empty for the default language, {@code en/} for English. */
    public static String languagePrefix(String lang, String defaultLanguage) {
        return lang.equals(defaultLanguage) ? "" : lang + "/";
    }
}
