package io.buildsite.cli;

import io.buildsite.build.SiteBuild;
import io.buildsite.load.ContentLayout;
import io.buildsite.load.ContentLayout.CourseFolder;
import io.buildsite.load.Slugs;
import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.Section;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.SiteSource;
import io.buildsite.text.Slugify;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes new content where the {@link ContentLayout} expects it, from {@link StarterFiles}. New lessons
 * are numbered after the course's last one and listed in its index (see {@link CourseIndexEdits}). Every
 * slug it writes follows the loader's rule ({@link Slugs}), so what it makes loads under the slug it was given.
 */
final class Scaffold {
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)[-_.]");

    /** The languages new text can be written in. */
    static final List<String> LANGUAGES = List.of("vi", "en");

    private final Path root;
    private final StarterFiles text;

    Scaffold(Path root, String lang) {
        this.root = root;
        this.text = new StarterFiles(lang.equals("en"));
    }

    /** @param slugWanted the course's slug, or null for one made from the title */
    int course(String title, String slugWanted, String category, PrintWriter out, PrintWriter err) throws IOException {
        String slug = slugOf(title, slugWanted, "course", category, err);
        if (slug == null) {
            return ExitCodes.USAGE;
        }
        CourseFolder folder = new CourseFolder(category, slug);
        if (!NewCommand.create(root, root.resolve(folder.indexPath()), text.courseIndex(title, slug, category), out, err)) {
            return ExitCodes.CONTENT_ERRORS;
        }
        String section = text.firstSectionTitle();
        Path lesson = root.resolve(folder.path()).resolve("chapters/01-" + Slugify.slug(section) + "/lessons/01-"
                + text.firstLessonSlug() + ".md");
        NewCommand.create(root, lesson, text.lesson(text.firstLessonTitle(), text.firstLessonSlug(), 1, section, slug),
                out, err);
        return ExitCodes.OK;
    }

    int lesson(String courseSlug, String title, String sectionWanted, PrintWriter out, PrintWriter err) throws IOException {
        SiteSource site = load();
        Course course = findCourse(site, courseSlug, err);
        if (course == null) {
            return ExitCodes.USAGE;
        }
        CourseFolder folder = ContentLayout.courseFolderOf(course.source().path());
        List<Lesson> lessons = site.lessons().stream()
                .filter(l -> folder.equals(ContentLayout.courseFolderOf(l.source().path())) && l.lang().equals(course.lang()))
                .toList();
        int listed = course.sections().stream().mapToInt(s -> s.lessons().size()).sum();
        int next = Math.max(listed, lessons.stream().mapToInt(l -> number(l.fileStem())).max().orElse(0)) + 1;
        Section section = pickSection(course, sectionWanted);
        String sectionTitle = section != null ? section.title() : sectionWanted;
        String words = Slugify.slug(title.replaceFirst("(?i)^(bài|lesson)\\s*\\d+\\s*[:.-]\\s*", ""));
        // Follow the course's own convention: slugs equal to file stems, or "bai-N-..." without the number.
        boolean stemSlugs = !lessons.isEmpty() && lessons.stream().allMatch(l -> l.slug().equals(l.fileStem()));
        String slug = stemSlugs ? String.format("%02d-%s", next, words) : "bai-" + next + "-" + words;
        Path chapter = lessons.stream().max(Comparator.comparing(Lesson::chapterDir))
                .map(l -> root.resolve(l.source().path()).getParent())
                .orElse(root.resolve(folder.path()).resolve("chapters/01-"
                        + Slugify.slug(sectionTitle == null ? "bai-hoc" : sectionTitle) + "/lessons"));
        Path file = chapter.resolve(stemSlugs ? slug + ".md" : String.format("%02d-%s.md", next, slug));
        if (!NewCommand.create(root, file, text.lesson(title, slug, next, sectionTitle, course.slug()), out, err)) {
            return ExitCodes.CONTENT_ERRORS;
        }
        if (section != null) {
            Path index = root.resolve(course.source().path());
            String entry = "slug: " + StarterFiles.scalar(slug) + "\n" + "title: " + StarterFiles.quote(title) + "\n"
                    + "duration_minutes: 30";
            if (CourseIndexEdits.listInIndex(index, section.title(), entry)) {
                out.println("listed in " + course.source().path() + " under " + StarterFiles.quote(section.title()));
            } else {
                err.println("build-site: could not add the lesson to " + course.source().path() + " safely; list it yourself under "
                        + "sections → lessons as: - slug: " + slug);
            }
        }
        return ExitCodes.OK;
    }

    /** @param slugWanted the quiz's slug, or null for the course's */
    int quiz(String courseSlug, String slugWanted, PrintWriter out, PrintWriter err) throws IOException {
        SiteSource site = load();
        Course course = findCourse(site, courseSlug, err);
        if (course == null) {
            return ExitCodes.USAGE;
        }
        String slug = slugWanted != null ? slugWanted : course.slug();
        if (refused("--slug", slug, err)) {
            return ExitCodes.USAGE;
        }
        String path = ContentLayout.quizBankPath(slug);
        if (namesTranslation(site.config(), slug, path, err)) {
            return ExitCodes.USAGE;
        }
        if (!NewCommand.create(root, root.resolve(path), text.quizBank(slug, course), out, err)) {
            return ExitCodes.CONTENT_ERRORS;
        }
        if (course.quizSlug() == null) {
            Path index = root.resolve(course.source().path());
            if (CourseIndexEdits.addTopLevelKey(index, "quiz_slug: " + StarterFiles.scalar(slug))) {
                out.println("linked from " + course.source().path() + " (quiz_slug: " + slug + ")");
            }
        }
        return ExitCodes.OK;
    }

    /** A post dated {@code date}, unless another post has its slug. */
    int post(String title, String slugWanted, String category, LocalDate date, PrintWriter out, PrintWriter err)
            throws IOException {
        String slug = slugOf(title, slugWanted, "post", category, err);
        if (slug == null) {
            return ExitCodes.USAGE;
        }
        String path = ContentLayout.postPath(category, slug);
        SiteSource site = load();
        if (namesTranslation(site.config(), slug, path, err)) {
            return ExitCodes.USAGE;
        }
        BlogPost taken = site.posts().stream().filter(p -> p.slug().equals(slug)).findFirst().orElse(null);
        if (taken != null) {
            err.println("build-site: " + taken.source().path() + " has the slug '" + slug + "': nothing written; "
                    + "give the new post another --slug");
            return ExitCodes.CONTENT_ERRORS;
        }
        return NewCommand.create(root, root.resolve(path), text.post(title, slug, date), out, err)
                ? ExitCodes.OK : ExitCodes.CONTENT_ERRORS;
    }

    /**
     * The slug {@code wanted}, or else one made from {@code title}, when it and {@code category} follow the
     * slug rule; otherwise null, said on {@code err}.
     */
    private static String slugOf(String title, String wanted, String what, String category, PrintWriter err) {
        String slug = wanted != null ? wanted : Slugify.slug(title);
        if (wanted == null && !Slugs.isSafe(slug)) {
            err.println("build-site: the title makes no slug of letters or digits: give the " + what + " a --slug");
            return null;
        }
        return refused("--slug", slug, err) || refused("--category", category, err) ? null : slug;
    }

    /** Whether a file at {@code path} would be read as a translation, said on {@code err} when it would. */
    private static boolean namesTranslation(SiteConfig config, String slug, String path, PrintWriter err) {
        if (ContentLayout.of(config).languageOf(path).equals(config.defaultLanguage())) {
            return false;
        }
        err.println("build-site: --slug '" + slug + "' would name a translation (" + path + "): choose another");
        return true;
    }

    /** Whether {@code slug} breaks the loader's slug rule, said on {@code err} when it does. */
    private static boolean refused(String option, String slug, PrintWriter err) {
        if (Slugs.isSafe(slug)) {
            return false;
        }
        err.println("build-site: " + Slugs.problem(option, slug));
        return true;
    }

    private SiteSource load() throws IOException {
        return SiteBuild.contentOf(root);
    }

    private static Course findCourse(SiteSource site, String slug, PrintWriter err) {
        Course course = site.courses().stream().filter(c -> c.slug().equals(slug) && c.lang().equals(site.config().defaultLanguage()))
                .findFirst().orElse(null);
        if (course == null) {
            err.println("build-site: no course with slug '" + slug + "' (courses: "
                    + String.join(", ", site.courses().stream().map(Course::slug).distinct().toList()) + ")");
        }
        return course;
    }

    private static Section pickSection(Course course, String wanted) {
        if (course.sections().isEmpty()) {
            return null;
        }
        if (wanted != null) {
            return course.sections().stream().filter(s -> wanted.equals(s.title())).findFirst().orElse(null);
        }
        return course.sections().get(course.sections().size() - 1);
    }

    private static int number(String stem) {
        Matcher m = NUMBER.matcher(stem);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
