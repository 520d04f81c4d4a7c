package io.buildsite.load;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.QuizListing;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.SiteSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The load stage: walks a site root and reads every file of its {@link ContentLayout} into the model. */
public final class SourceLoader {
    private final Path root;
    private final Diagnostics diagnostics;
    private final LoadCache cache;
    private final GitDates.Git git;
    private boolean hashEveryFile;
    /**
     * The content files that get a content hash, or null for all: only a translation's original needs
     * one, and hashing every file cost a build a tenth of its time where the quick compiler runs it.
     */
    private Set<String> hashed;
    /** Made from the settings each load reads: which files are courses depends on the site's languages. */
    private ContentLayout layout;

    /** A file the load stage walked to, with its path from the site root and what the layout makes of it. */
    private record SiteFile(Path file, String path, ContentLayout.Place place) {
    }

    /** Reads one file into an item, or null after reporting why it cannot be one. */
    private interface Reader {
        LoadedFile read(SiteFile file, Diagnostics diagnostics);
    }

    public SourceLoader(Path root, Diagnostics diagnostics) {
        this(root, diagnostics, null);
    }

    /** @param cache what earlier loads of this site read, reused for unchanged files (may be null) */
    public SourceLoader(Path root, Diagnostics diagnostics, LoadCache cache) {
        this(root, diagnostics, cache, GitDates::installedGit);
    }

    /** @param git how the repository's history is read, for {@code git_dates} */
    public SourceLoader(Path root, Diagnostics diagnostics, LoadCache cache, GitDates.Git git) {
        this.root = root;
        this.git = git;
        this.diagnostics = diagnostics;
        this.cache = cache;
        // A cached read outlives the files around it: a translation added later needs its original's hash.
        this.hashEveryFile = cache != null;
    }

    /** Gives every content file its hash, not only the originals of translations (for the translations report). */
    public SourceLoader hashingEveryFile() {
        hashEveryFile = true;
        return this;
    }

    /** The settings of the site at {@code root} alone ({@code site.yaml}, or the defaults). */
    public static SiteConfig readConfig(Path root, Diagnostics diagnostics) throws IOException {
        return SiteDefaults.choose(SiteConfigReader.read(root, diagnostics), List.of()).config();
    }

    /**
     * What the site at {@code root} is titled or described by because its site.yaml does not say, one
     * warning each (of site.yaml, line 1), given the {@code courses} it was loaded with.
     */
    public static List<String> settingsTakenFromContent(Path root, List<Course> courses) throws IOException {
        return SiteDefaults.choose(SiteConfigReader.read(root, new Diagnostics()), courses).warnings();
    }

    /** @param baseUrlOverride a base URL as {@link SiteAddresses#baseUrl} gives it, or null for site.yaml's */
    public SiteSource load(String baseUrlOverride) throws IOException {
        SiteConfig read = SiteConfigReader.read(root, diagnostics);
        SiteConfig config = baseUrlOverride == null ? read : read.withBaseUrl(baseUrlOverride);
        layout = ContentLayout.of(config);
        List<SiteFile> contentFiles = walk(root.resolve("content"));
        hashed = hashEveryFile ? null : originalsOfTranslations(contentFiles, config);
        List<QuizListing> listing = readQuizList();
        if (cache != null) {
            cache.validateFor(config, listing);
        }
        Set<String> failed = ConcurrentHashMap.newKeySet();
        LoadedContent content = new LoadedContent();
        readAll(contentFiles, (file, sink) -> readContent(file, config, sink), failed).forEach(item -> item.addTo(content));
        reportLessonsOutsideCourses(contentFiles, content.lessons());
        if (config.gitDates()) {
            GitDates.dateUndated(content, root, git, diagnostics);
        }
        Path staticDir = root.resolve("static");
        readAll(walk(staticDir), (file, sink) -> item(StaticFileReader.read(file.file(), file.path(),
                relative(staticDir, file.file()), sink), LoadedFile.MediaItem::new), failed)
                .forEach(item -> item.addTo(content));
        List<SiteFile> banks = walk(root.resolve("data").resolve("quizzes")).stream()
                .filter(file -> file.place() instanceof ContentLayout.QuizBankFile)
                .toList();
        readAll(banks, (file, sink) -> readQuiz(file, config, listing, sink), failed).forEach(item -> item.addTo(content));
        for (QuizListing entry : listing) {
            if (content.quizzes().stream().noneMatch(q -> q.slug().equals(entry.slug()))) {
                diagnostics.warning(QuizListReader.PATH, 1, 1, "lists quiz '" + entry.slug()
                        + "' but data/quizzes/ has no such bank");
            }
        }
        return content.toSource(SiteDefaults.choose(config, content.courses()).config(), listing, failed);
    }

    /** {@code dir/x.md} for each {@code dir/x.<lang>.md} in another configured language. */
    private static Set<String> originalsOfTranslations(List<SiteFile> contentFiles, SiteConfig config) {
        Set<String> originals = new HashSet<>();
        for (SiteFile file : contentFiles) {
            for (String lang : config.languages()) {
                String suffix = "." + lang + ".md";
                if (!lang.equals(config.defaultLanguage()) && file.path().endsWith(suffix)) {
                    originals.add(file.path().substring(0, file.path().length() - suffix.length()) + ".md");
                }
            }
        }
        return originals;
    }

    /**
     * A lesson file read again after a save, through the cache; null when it failed to load or is no
     * lesson (its problems are reported either way).
     */
    public Lesson readLesson(Path file, SiteConfig config) {
        layout = ContentLayout.of(config);
        LoadedFile item = read(siteFile(file), (f, sink) -> readContent(f, config, sink));
        return item instanceof LoadedFile.LessonItem lesson ? lesson.lesson() : null;
    }

    /** Reads the files in parallel; those that make pages and gave nothing are added to {@code failed}. */
    private List<LoadedFile> readAll(List<SiteFile> files, Reader reader, Set<String> failed) {
        return files.parallelStream()
                .map(file -> {
                    LoadedFile item = read(file, reader);
                    if (item == null && file.place() instanceof ContentLayout.PageSource) {
                        failed.add(file.path());
                    }
                    return item;
                })
                .filter(Objects::nonNull)
                .toList();
    }

    /** Reads a file through the cache (when there is one), reporting its diagnostics either way. */
    private LoadedFile read(SiteFile file, Reader reader) {
        Function<Path, LoadCache.Read> read = f -> {
            Diagnostics own = new Diagnostics();
            LoadedFile item = reader.read(file, own);
            return new LoadCache.Read(item, own.sorted());
        };
        LoadCache.Read result = cache != null ? cache.get(file.file(), read) : read.apply(file.file());
        result.diagnostics().forEach(diagnostics::add);
        return result.item();
    }

    /** A file of {@code content/} as an item; null for ignored and failed ones (reported). */
    private LoadedFile readContent(SiteFile file, SiteConfig config, Diagnostics diagnostics) {
        if (file.place() instanceof ContentLayout.MediaFile media) {
            return item(StaticFileReader.readMedia(file.file(), file.path(), media.outputPath(), diagnostics),
                    LoadedFile.MediaItem::new);
        }
        if (file.place() instanceof ContentLayout.MisplacedPage) {
            diagnostics.warning(file.path(), 1, 1, "not a course, lesson or blog post (expected under content/series/"
                    + "<category>/<course>/ or content/blog/<category>/): ignored");
            return null;
        }
        ContentFile content = open(file, diagnostics);
        if (content == null) {
            return null;
        }
        FileName name = FileName.parse(file.file().getFileName().toString(), config.languages(), config.defaultLanguage());
        if (file.place() instanceof ContentLayout.PostFile post) {
            return item(PostReader.read(content, name, post.category()), LoadedFile.PostItem::new);
        }
        if (file.place() instanceof ContentLayout.CourseIndex index) {
            return item(CourseReader.read(content, name.lang(), index.course().category(), index.course().name()),
                    LoadedFile.CourseItem::new);
        }
        // What is left of content/: a lesson.
        ContentLayout.LessonFile lesson = (ContentLayout.LessonFile) file.place();
        return item(LessonReader.read(content, name, lesson.course().name(), lesson.chapter()), LoadedFile.LessonItem::new);
    }

    private static <T> LoadedFile item(T read, Function<T, LoadedFile> kind) {
        return read == null ? null : kind.apply(read);
    }

    /** A lesson must sit in a course folder with an index.md (one that failed to load was reported already). */
    private void reportLessonsOutsideCourses(List<SiteFile> contentFiles, List<Lesson> lessons) {
        Set<ContentLayout.CourseFolder> courseFolders = new HashSet<>();
        for (SiteFile file : contentFiles) {
            if (file.place() instanceof ContentLayout.CourseIndex index) {
                courseFolders.add(index.course());
            }
        }
        for (Lesson lesson : lessons) {
            ContentLayout.CourseFolder folder = ContentLayout.courseFolderOf(lesson.source().path());
            if (!courseFolders.contains(folder)) {
                diagnostics.error(lesson.source().path(), 1, 1, "lesson is in a course folder without an index.md: "
                        + folder.path() + "/");
            }
        }
    }

    private ContentFile open(SiteFile file, Diagnostics diagnostics) {
        String path = file.path();
        try {
            TextFiles.Text read = TextFiles.readText(file.file());
            FrontMatter frontMatter = FrontMatter.parse(read.text());
            String hash = hashed == null || hashed.contains(path) ? ContentHash.of(read.utf8()) : null;
            return new ContentFile(path, read.text(), read.utf8(), hash, frontMatter, diagnostics);
        } catch (InvalidContentException e) {
            diagnostics.error(path, e.line(), e.column(), e.getMessage());
            return null;
        } catch (IOException e) {
            diagnostics.error(path, 1, 1, "cannot read file: " + e.getMessage());
            return null;
        }
    }

    private List<QuizListing> readQuizList() throws IOException {
        Path file = root.resolve(QuizListReader.PATH);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return QuizListReader.read(TextFiles.read(file), diagnostics);
        } catch (InvalidContentException e) {
            diagnostics.error(QuizListReader.PATH, e.line(), e.column(), e.getMessage());
            return List.of();
        }
    }

    private static LoadedFile readQuiz(SiteFile file, SiteConfig config, List<QuizListing> listing,
                                       Diagnostics diagnostics) {
        String path = file.path();
        FileName name = FileName.parse(file.file().getFileName().toString(), config.languages(), config.defaultLanguage());
        QuizListing listed = name.lang().equals(config.defaultLanguage())
                ? listing.stream().filter(l -> l.slug().equals(name.stem())).findFirst().orElse(null) : null;
        try {
            return item(QuizBankReader.read(path, TextFiles.read(file.file()), name, config.defaultLanguage(), listed,
                    diagnostics), LoadedFile.QuizBankItem::new);
        } catch (InvalidContentException e) {
            diagnostics.error(path, e.line(), e.column(), e.getMessage());
        } catch (IOException e) {
            diagnostics.error(path, 1, 1, "cannot read file: " + e.getMessage());
        }
        return null;
    }

    /** The files under {@code dir} that a build reads (see {@link SourceFiles}); links not followed are warned about. */
    private List<SiteFile> walk(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        return SourceFiles.under(dir, root.toRealPath(), (link, reason) -> diagnostics.warning(relative(root, link), 1, 1,
                reason)).stream().map(this::siteFile).toList();
    }

    private SiteFile siteFile(Path file) {
        String path = relative(root, file);
        return new SiteFile(file, path, layout.place(path));
    }

    private static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }
}
