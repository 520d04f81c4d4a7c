package io.buildsite.load;

import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.QuizBank;
import io.buildsite.model.QuizListing;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.SiteSource;
import io.buildsite.model.StaticFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The load stage: walks a site root and reads every content file into the model.
 *
 * <pre>
 * content/series/&lt;category&gt;/&lt;course&gt;/index.md                 a course
 * content/series/&lt;category&gt;/&lt;course&gt;/chapters/&lt;NN&gt;/lessons/*.md  its lessons
 * content/blog/&lt;category&gt;/&lt;post&gt;.md                          a blog post
 * content/**, static/** (anything but .md)                    published as is
 * data/quizzes/&lt;slug&gt;.json                                    a quiz bank
 * </pre>
 */
public final class SourceLoader {
    private static final java.util.regex.Pattern COURSE_INDEX = java.util.regex.Pattern.compile("index(\\.[a-z-]+)?\\.md");
    private final Path root;
    private final Diagnostics diagnostics;
    private final LoadCache cache;
    private boolean hashEveryFile;
    /**
     * The content files that get a content hash, or null for all: only a translation's original needs
     * one, and hashing every file cost a build a tenth of its time where the quick compiler runs it.
     */
    private java.util.Set<String> hashed;

    public SourceLoader(Path root, Diagnostics diagnostics) {
        this(root, diagnostics, null);
    }

    /** @param cache what earlier loads of this site read, reused for unchanged files (may be null) */
    public SourceLoader(Path root, Diagnostics diagnostics, LoadCache cache) {
        this.root = root;
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
        return SiteConfigReader.read(root, diagnostics);
    }

    /** @param baseUrlOverride a base URL as {@link SiteAddresses#baseUrl} gives it, or null for site.yaml's */
    public SiteSource load(String baseUrlOverride) throws IOException {
        SiteConfig config = SiteConfigReader.read(root, diagnostics);
        if (baseUrlOverride != null) {
            config = config.withBaseUrl(baseUrlOverride);
        }
        List<Path> contentFiles = walk(root.resolve("content"));
        hashed = hashEveryFile ? null : originalsOfTranslations(contentFiles, config);
        List<Course> courses = new ArrayList<>();
        List<Lesson> lessons = new ArrayList<>();
        List<BlogPost> posts = new ArrayList<>();
        List<StaticFile> staticFiles = new ArrayList<>();
        SiteConfig cfg = config;
        List<QuizListing> listing = readQuizList();
        if (cache != null) {
            cache.validateFor(config, listing);
        }
        java.util.Set<String> failed = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Object> items = contentFiles.parallelStream()
                .map(file -> readContent(file, cfg, failed))
                .filter(Objects::nonNull)
                .toList();
        for (Object item : items) {
            if (item instanceof StaticFile f) {
                staticFiles.add(f);
            } else if (item instanceof Course c) {
                courses.add(c);
            } else if (item instanceof Lesson l) {
                lessons.add(l);
            } else if (item instanceof BlogPost p) {
                posts.add(p);
            }
        }
        reportLessonsOutsideCourses(contentFiles, lessons);
        for (Path file : walk(root.resolve("static"))) {
            staticFiles.add(new StaticFile(file, relative(root, file), relative(root.resolve("static"), file), null));
        }
        List<QuizBank> quizzes = walk(root.resolve("data").resolve("quizzes")).parallelStream()
                .filter(f -> f.getFileName().toString().endsWith(".json"))
                .map(f -> {
                    QuizBank bank = (QuizBank) cached(f, sink -> readQuiz(f, cfg, listing, sink));
                    if (bank == null) {
                        failed.add(relative(root, f));
                    }
                    return bank;
                })
                .filter(Objects::nonNull)
                .toList();
        for (QuizListing entry : listing) {
            if (quizzes.stream().noneMatch(q -> q.slug().equals(entry.slug()))) {
                diagnostics.warning(QuizListReader.PATH, 1, 1, "lists quiz '" + entry.slug()
                        + "' but data/quizzes/ has no such bank");
            }
        }
        staticFiles.sort(Comparator.comparing(StaticFile::outputPath).thenComparing(StaticFile::source));
        return new SiteSource(config, courses, lessons, posts, quizzes, listing, staticFiles,
                failed.stream().sorted().toList());
    }

    /** {@code dir/x.md} for each {@code dir/x.<lang>.md} in another configured language. */
    private java.util.Set<String> originalsOfTranslations(List<Path> contentFiles, SiteConfig config) {
        java.util.Set<String> originals = new java.util.HashSet<>();
        for (Path file : contentFiles) {
            String path = relative(root, file);
            for (String lang : config.languages()) {
                String suffix = "." + lang + ".md";
                if (!lang.equals(config.defaultLanguage()) && path.endsWith(suffix)) {
                    originals.add(path.substring(0, path.length() - suffix.length()) + ".md");
                }
            }
        }
        return originals;
    }

    /**
     * One content file read again after a save, through the cache: a lesson, course, post or static
     * file, or null when it failed (its problems are reported either way).
     */
    public Object readOne(Path file, SiteConfig config) {
        return readContent(file, config, java.util.concurrent.ConcurrentHashMap.newKeySet());
    }

    /** Reads a file through the cache (when there is one), reporting its diagnostics either way. */
    private Object cached(Path file, java.util.function.Function<Diagnostics, Object> reader) {
        java.util.function.Function<Path, LoadCache.Read> read = f -> {
            Diagnostics own = new Diagnostics();
            Object item = reader.apply(own);
            return new LoadCache.Read(item, own.sorted());
        };
        LoadCache.Read result = cache != null ? cache.get(file, read) : read.apply(file);
        result.diagnostics().forEach(diagnostics::add);
        return result.item();
    }

    /** One content file as a model item (or a static file); null for ignored and failed ones (noted). */
    private Object readContent(Path file, SiteConfig config, java.util.Set<String> failed) {
        Object item = cached(file, sink -> readContent(file, config, sink));
        String path = relative(root, file);
        if (item == null && path.endsWith(".md") && (path.startsWith("content/series/") || path.startsWith("content/blog/"))) {
            failed.add(path);
        }
        return item;
    }

    private Object readContent(Path file, SiteConfig config, Diagnostics diagnostics) {
        String path = relative(root, file);
        String[] parts = relative(root.resolve("content"), file).split("/");
        String fileName = parts[parts.length - 1];
        if (!fileName.endsWith(".md")) {
            return media(file, path, relative(root.resolve("content"), file), diagnostics);
        }
        FileName name = FileName.parse(fileName, config.languages(), config.defaultLanguage());
        boolean inSeries = parts.length >= 4 && parts[0].equals("series");
        boolean inBlog = parts.length >= 2 && parts[0].equals("blog");
        if (!inSeries && !inBlog) {
            diagnostics.warning(path, 1, 1, "not a course, lesson or blog post (expected under content/series/"
                    + "<category>/<course>/ or content/blog/<category>/): ignored");
            return null;
        }
        ContentFile content = open(file, path, diagnostics);
        if (content == null) {
            return null;
        }
        if (inBlog) {
            return PostReader.read(content, name, parts.length >= 3 ? parts[1] : "");
        }
        if (parts.length == 4 && name.stem().equals("index")) {
            return CourseReader.read(content, name.lang(), parts[1], parts[2]);
        }
        String chapter = String.join("/", java.util.Arrays.asList(parts).subList(3, parts.length - 1));
        return LessonReader.read(content, name, parts[2], chapter);
    }

    /**
     * A file of {@code content/} beside the lessons: published when it is an image, audio, video or PDF,
     * an SVG image cleaned first; anything else is reported and left out.
     */
    private static StaticFile media(Path file, String path, String outputPath, Diagnostics diagnostics) {
        String fileName = file.getFileName().toString();
        if (!ContentMedia.isMedia(fileName)) {
            diagnostics.warning(path, 1, 1, ContentMedia.NOT_PUBLISHED);
            return null;
        }
        if (!ContentMedia.isSvg(fileName)) {
            return new StaticFile(file, path, outputPath, null);
        }
        SvgSanitizer.Cleaned svg;
        try {
            svg = SvgSanitizer.clean(Files.readAllBytes(file));
        } catch (IOException e) {
            diagnostics.error(path, 1, 1, "cannot read file: " + e.getMessage());
            return null;
        }
        if (!svg.removed().isEmpty()) {
            diagnostics.warning(path, svg.firstLine(), 1, "SVG image cleaned before publishing: removed "
                    + String.join(", ", svg.removed()));
        }
        return new StaticFile(file, path, outputPath, io.buildsite.model.PackedText.of(svg.svg()));
    }

    /** A lesson must sit in a course folder with an index.md (one that failed to load was reported already). */
    private void reportLessonsOutsideCourses(List<Path> contentFiles, List<Lesson> lessons) {
        java.util.Set<String> courseFolders = new java.util.HashSet<>();
        for (Path file : contentFiles) {
            String path = relative(root, file);
            String[] parts = path.split("/");
            if (parts.length == 5 && parts[1].equals("series") && COURSE_INDEX.matcher(parts[4]).matches()) {
                courseFolders.add(String.join("/", parts[0], parts[1], parts[2], parts[3]));
            }
        }
        for (Lesson lesson : lessons) {
            String[] parts = lesson.source().path().split("/");
            String folder = String.join("/", parts[0], parts[1], parts[2], parts[3]);
            if (!courseFolders.contains(folder)) {
                diagnostics.error(lesson.source().path(), 1, 1, "lesson is in a course folder without an index.md: "
                        + folder + "/");
            }
        }
    }

    private ContentFile open(Path file, String path, Diagnostics diagnostics) {
        try {
            TextFiles.Text read = TextFiles.readText(file);
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

    private QuizBank readQuiz(Path file, SiteConfig config, List<QuizListing> listing, Diagnostics diagnostics) {
        String path = relative(root, file);
        FileName name = FileName.parse(file.getFileName().toString(), config.languages(), config.defaultLanguage());
        QuizListing listed = name.lang().equals(config.defaultLanguage())
                ? listing.stream().filter(l -> l.slug().equals(name.stem())).findFirst().orElse(null) : null;
        try {
            return QuizBankReader.read(path, TextFiles.read(file), name, config.defaultLanguage(), listed, diagnostics);
        } catch (InvalidContentException e) {
            diagnostics.error(path, e.line(), e.column(), e.getMessage());
        } catch (IOException e) {
            diagnostics.error(path, 1, 1, "cannot read file: " + e.getMessage());
        }
        return null;
    }

    /** The files under {@code dir} that a build reads (see {@link SourceFiles}); links not followed are warned about. */
    private List<Path> walk(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        return SourceFiles.under(dir, root.toRealPath(),
                (link, reason) -> diagnostics.warning(relative(root, link), 1, 1, reason));
    }

    private static String relative(Path base, Path file) {
        return base.relativize(file).toString().replace('\\', '/');
    }

}
