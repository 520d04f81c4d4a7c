package io.buildsite.write;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The templates, dictionaries and assets a site is written with: the default theme packed in the jar
 * under {@code theme/}, overridden file by file by the site's own {@code templates/} folder.
 */
public final class Theme {
    static final String CLASSPATH_ROOT = "theme";
    /**
     * The page templates, each used by one kind of page ({@code lesson.peb} by lessons); any other theme
     * file is used by every page. {@link #warmUp()} compiles them ahead.
     */
    public static final List<String> PAGE_TEMPLATES = List.of("home", "series", "course", "lesson", "quizzes", "quiz",
            "blog", "post", "tags", "tag", "404");
    /**
     * The templates of the site-wide files, each named for the file it makes ({@code sitemap.xml.peb} makes
     * {@code sitemap.xml}); used by no page. {@link #warmUp()} compiles them ahead too.
     */
    public static final List<String> SITE_FILE_TEMPLATES = List.of(AtomFeed.FILE, Sitemap.FILE, RobotsTxt.FILE);
    /** The preview's script, served with every page under {@code serve} and never written to a site. */
    public static final String LIVE_RELOAD_SCRIPT = "serve/live-reload.js";
    private final Path siteTemplates;
    private PebbleEngine engine;

    public Theme(Path siteTemplates) {
        this.siteTemplates = siteTemplates != null && Files.isDirectory(siteTemplates) ? siteTemplates : null;
    }

    /** The one template engine of this theme, with its cache of compiled templates. */
    synchronized PebbleEngine engine() {
        if (engine == null) {
            engine = new PebbleEngine.Builder()
                    .loader(loader())
                    .extension(new FormatExtension())
                    .autoEscaping(true)
                    .addEscapingStrategy(MarkupEscaping.NAME, new MarkupEscaping())
                    .addEscapingStrategy(XmlText.ESCAPING, XmlText::escape)
                    .strictVariables(false)
                    .newLineTrimming(false)
                    .defaultLocale(Locale.ROOT)
                    .build();
        }
        return engine;
    }

    /**
     * Compiles the page templates before the pages are ready for them, on a core the build leaves idle
     * while it reads the content. A template that does not compile is left for the write to report.
     */
    public void warmUp() {
        for (String name : Stream.concat(PAGE_TEMPLATES.stream(), SITE_FILE_TEMPLATES.stream()).toList()) {
            try {
                engine().getTemplate(name + ".peb");
            } catch (RuntimeException reportedLater) {
                // the write compiles it again and reports it at its line
            }
        }
    }

    private Loader<?> loader() {
        List<Loader<?>> loaders = new ArrayList<>();
        if (siteTemplates != null) {
            loaders.add(new FileLoader(siteTemplates.toAbsolutePath().toString()));
        }
        ClasspathLoader builtIn = new ClasspathLoader(Theme.class.getClassLoader());
        builtIn.setPrefix(CLASSPATH_ROOT);
        loaders.add(builtIn);
        DelegatingLoader loader = new DelegatingLoader(loaders);
        loader.setCharset("UTF-8");
        return loader;
    }

    /**
     * The site-wide file {@code name} (one of {@link #SITE_FILE_TEMPLATES}) in UTF-8, made by its template
     * from {@code model}, which the template sees as {@code variable}.
     */
    byte[] siteFile(String name, String variable, Object model) {
        StringWriter out = new StringWriter();
        try {
            engine().getTemplate(name + ".peb").evaluate(out, Map.of(variable, model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A theme file's bytes: the site's version if it has one, else the default's; empty if neither. */
    public Optional<byte[]> read(String relativePath) throws IOException {
        if (siteTemplates != null) {
            Path own = siteTemplates.resolve(relativePath);
            if (Files.isRegularFile(own)) {
                return Optional.of(Files.readAllBytes(own));
            }
        }
        try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + "/" + relativePath)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    /** Every file under {@code assets/} of the default theme and of the site, by relative name. */
    Map<String, byte[]> assets() throws IOException {
        Map<String, byte[]> assets = new TreeMap<>();
        for (String name : builtInAssetNames()) {
            read("assets/" + name).ifPresent(bytes -> assets.put(name, bytes));
        }
        if (siteTemplates != null && Files.isDirectory(siteTemplates.resolve("assets"))) {
            Path dir = siteTemplates.resolve("assets");
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    assets.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
        }
        return assets;
    }

    private static List<String> builtInAssetNames() throws IOException {
        URL url = Theme.class.getClassLoader().getResource(CLASSPATH_ROOT + "/assets");
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(jar.getPath("/" + CLASSPATH_ROOT + "/assets"));
                }
            }
            return list(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IOException("cannot list theme assets: " + e.getMessage(), e);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
