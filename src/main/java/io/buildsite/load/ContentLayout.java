package io.buildsite.load;

import io.buildsite.model.SiteConfig;

import java.util.List;

/**
 * Where things sit in a site root, and so what a file is, told from its path relative to the root:
 *
 * <pre>
 * content/series/&lt;category&gt;/&lt;course&gt;/index[.&lt;lang&gt;].md                      a course
 * content/series/&lt;category&gt;/&lt;course&gt;/&lt;chapter...&gt;/&lt;lesson&gt;[.&lt;lang&gt;].md   one of its lessons
 * content/blog/[&lt;category&gt;/]&lt;post&gt;[.&lt;lang&gt;].md                            a blog post
 * content/** (anything but .md)                                           media beside the lessons
 * data/quizzes/**.json                                                    a quiz bank
 * </pre>
 *
 * Another {@code .md} under {@code content/} is a page in the wrong place. A course index is told from a
 * lesson by its name in one of the site's languages, so a layout is made for a site's settings.
 */
public final class ContentLayout {
    private static final String SERIES = "content/series/";
    private static final String BLOG = "content/blog/";
    private static final String CONTENT = "content/";
    private static final String QUIZZES = "data/quizzes/";

    private final List<String> languages;
    private final String defaultLanguage;

    private ContentLayout(List<String> languages, String defaultLanguage) {
        this.languages = languages;
        this.defaultLanguage = defaultLanguage;
    }

    public static ContentLayout of(SiteConfig config) {
        return new ContentLayout(config.languages(), config.defaultLanguage());
    }

    /** What a file of the site is; {@code path} is relative to the site root, with forward slashes. */
    public sealed interface Place permits PageSource, MediaFile, MisplacedPage, Outside {
    }

    /** A file that pages are made of: when it fails to load, links to its pages are not reported again. */
    public sealed interface PageSource extends Place permits CourseIndex, LessonFile, PostFile, QuizBankFile {
    }

    /** {@code content/series/<category>/<name>}: a course's index and all its lessons are in it. */
    public record CourseFolder(String category, String name) {
        public String path() {
            return SERIES + category + "/" + name;
        }

        /** The course's index in the default language. */
        public String indexPath() {
            return path() + "/index.md";
        }
    }

    public record CourseIndex(CourseFolder course) implements PageSource {
    }

    /** @param chapter the folders between the course folder and the file, empty when there are none */
    public record LessonFile(CourseFolder course, String chapter) implements PageSource {
    }

    /** @param category the folder under {@code content/blog/}, empty for a post right in it */
    public record PostFile(String category) implements PageSource {
    }

    public record QuizBankFile() implements PageSource {
    }

    /** @param outputPath where it is published, relative to the site root: its path under {@code content/} */
    public record MediaFile(String outputPath) implements Place {
    }

    /** A {@code .md} file under {@code content/} that is not a course, lesson or post: read by nothing. */
    public record MisplacedPage() implements Place {
    }

    /** Not content: settings, templates, the quiz list, {@code static/}, or a file elsewhere. */
    public record Outside() implements Place {
    }

    public Place place(String path) {
        if (path.startsWith(QUIZZES)) {
            return path.endsWith(".json") ? new QuizBankFile() : new Outside();
        }
        if (!path.startsWith(CONTENT)) {
            return new Outside();
        }
        if (!path.endsWith(".md")) {
            return new MediaFile(path.substring(CONTENT.length()));
        }
        if (path.startsWith(BLOG)) {
            String[] parts = path.substring(BLOG.length()).split("/");
            return new PostFile(parts.length >= 2 ? parts[0] : "");
        }
        CourseFolder course = courseFolderOf(path);
        if (course == null) {
            return new MisplacedPage();
        }
        String inCourse = path.substring(course.path().length() + 1);
        int slash = inCourse.lastIndexOf('/');
        if (slash < 0 && FileName.parse(inCourse, languages, defaultLanguage).stem().equals("index")) {
            return new CourseIndex(course);
        }
        return new LessonFile(course, slash < 0 ? "" : inCourse.substring(0, slash));
    }

    /**
     * The language a content file or quiz bank is for, told by its name: {@code x.en.md} is English where
     * English is one of the site's other languages; a name without such a suffix is in the default language.
     */
    public String languageOf(String path) {
        return FileName.parse(path.substring(path.lastIndexOf('/') + 1), languages, defaultLanguage).lang();
    }

    /**
     * The course folder a file is in, however deep: a course's index or one of its lessons (null for a path
     * outside every course folder).
     */
    public static CourseFolder courseFolderOf(String path) {
        if (!path.startsWith(SERIES)) {
            return null;
        }
        String[] parts = path.substring(SERIES.length()).split("/", 3);
        return parts.length == 3 && !parts[0].isEmpty() && !parts[1].isEmpty() && !parts[2].isEmpty()
                ? new CourseFolder(parts[0], parts[1]) : null;
    }

    /** Where the post {@code slug} of {@code category} is kept, in the default language. */
    public static String postPath(String category, String slug) {
        return BLOG + category + "/" + slug + ".md";
    }

    /** Where the quiz bank {@code slug} is kept, in the default language. */
    public static String quizBankPath(String slug) {
        return QUIZZES + slug + ".json";
    }
}
