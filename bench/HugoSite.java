import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a Hugo site holding the same lessons as a synthetic build-site site (bench/SyntheticSite.java),
 * for a side-by-side run: each lesson's page shows its body and lists its course's lessons, and each
 * course has a page listing its lessons. Hugo renders one language, so only the original lessons are
 * copied; raw HTML is passed through as build-site does.
 *
 * Usage: java bench/HugoSite.java SITE_DIR HUGO_DIR
 */
public class HugoSite {
    private static final Pattern FIELD = Pattern.compile("(?m)^(title|slug|sort_order): \"?(.*?)\"?$");

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        Path hugo = Path.of(args[1]);
        write(hugo.resolve("config.toml"), """
                baseURL = "https://bench.example/"
                title = "Synthetic"
                languageCode = "vi"
                disableKinds = ["taxonomy", "term"]
                [markup.goldmark.renderer]
                unsafe = true
                """);
        write(hugo.resolve("layouts/_default/baseof.html"), """
                <!doctype html>
                <html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
                <body>{{ block "main" . }}{{ end }}</body></html>
                """);
        write(hugo.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<nav><a href="{{ .CurrentSection.RelPermalink }}">{{ .CurrentSection.Title }}</a><ol>
                {{ $current := . }}{{ range .CurrentSection.Pages.ByWeight }}<li><a href="{{ .RelPermalink }}"{{ if eq . $current }} aria-current="page"{{ end }}>{{ .Title }}</a></li>
                {{ end }}</ol></nav>
                <main><h1>{{ .Title }}</h1>{{ .Content }}
                {{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
                {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</main>{{ end }}
                """);
        write(hugo.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<main><h1>{{ .Title }}</h1>{{ .Content }}<ol>
                {{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
                {{ end }}</ol></main>{{ end }}
                """);
        write(hugo.resolve("content/lessons/_index.md"), "---\ntitle: \"Lessons\"\n---\n");
        List<Path> courses;
        try (Stream<Path> dirs = Files.list(site.resolve("content/series/bench"))) {
            courses = dirs.sorted().toList();
        }
        for (Path course : courses) {
            String name = course.getFileName().toString();
            String index = Files.readString(course.resolve("index.md"));
            write(hugo.resolve("content/lessons/" + name + "/_index.md"),
                    "---\ntitle: \"" + field(index, "title") + "\"\n---\n");
            List<Path> lessons;
            try (Stream<Path> files = Files.walk(course.resolve("chapters"))) {
                lessons = files.filter(f -> f.toString().endsWith(".md") && !f.toString().endsWith(".en.md")).sorted().toList();
            }
            for (Path lesson : lessons) {
                String text = Files.readString(lesson);
                int end = text.indexOf("\n---\n", 4);
                String frontMatter = text.substring(0, end);
                String slug = field(frontMatter, "slug");
                write(hugo.resolve("content/lessons/" + name + "/" + slug + ".md"), "---\ntitle: \""
                        + field(frontMatter, "title") + "\"\nslug: " + slug + "\nweight: " + field(frontMatter, "sort_order")
                        + "\n---\n" + text.substring(end + 5));
            }
        }
    }

    private static String field(String frontMatter, String name) {
        Matcher m = FIELD.matcher(frontMatter);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new IllegalArgumentException("no " + name + " in front matter");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
