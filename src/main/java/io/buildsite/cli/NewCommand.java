package io.buildsite.cli;

import io.buildsite.build.SiteBuild;
import io.buildsite.build.SiteLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code build-site new course|lesson|quiz|post}: a valid file in the right place, so a new author starts from something that builds. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a course, a lesson, a quiz bank or a blog post from a template, in the right place.",
        subcommands = {NewCommand.Course.class, NewCommand.Lesson.class, NewCommand.Quiz.class, NewCommand.Post.class})
public final class NewCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".", scope = ScopeType.INHERIT,
            description = "Site root (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi", scope = ScopeType.INHERIT,
            description = "Language of the text to start from: vi or en, one of the site's languages (default: ${DEFAULT-VALUE}).")
    String lang;

    /** What a subcommand does with the scaffold, given where to print. */
    interface Action {
        int run(Scaffold scaffold, PrintWriter out, PrintWriter err) throws IOException;
    }

    /**
     * Runs {@code action} on the site at {@code --source} in the language of {@code --lang}, which must
     * be one of the site's languages that new text can be written in.
     */
    static int run(NewCommand parent, Action action) throws IOException {
        PrintWriter out = parent.spec.commandLine().getOut();
        PrintWriter err = parent.spec.commandLine().getErr();
        Path root = SiteLayout.forNewContent(parent.source).root();
        List<String> languages = SiteBuild.settingsOf(root).languages().stream()
                .filter(Scaffold.LANGUAGES::contains).toList();
        if (!languages.contains(parent.lang)) {
            err.println("build-site: --lang " + parent.lang + ": new text can be written in " + String.join(" or ", languages)
                    + " (this site's languages that build-site has text for)");
            return ExitCodes.USAGE;
        }
        return action.run(new Scaffold(root, parent.lang), out, err);
    }

    @Command(name = "course", mixinStandardHelpOptions = true, description = "A course with one section and its first lesson.")
    static final class Course implements Callable<Integer> {
        @ParentCommand
        NewCommand parent;

        @Option(names = "--title", required = true, description = "The course title.")
        String title;

        @Option(names = "--slug", description = "Its address part (default: made from the title).")
        String slug;

        @Option(names = "--category", defaultValue = "luyen-thi", description = "Category folder (default: ${DEFAULT-VALUE}).")
        String category;

        @Override
        public Integer call() throws IOException {
            return run(parent, (scaffold, out, err) -> scaffold.course(title, slug, category, out, err));
        }
    }

    @Command(name = "lesson", mixinStandardHelpOptions = true,
            description = "The next lesson of a course, numbered after the last one and listed in its index.")
    static final class Lesson implements Callable<Integer> {
        @ParentCommand
        NewCommand parent;

        @Option(names = "--course", required = true, description = "The course's slug.")
        String course;

        @Option(names = "--title", required = true, description = "The lesson title.")
        String title;

        @Option(names = "--section", description = "Section title to list it under (default: the last section).")
        String section;

        @Override
        public Integer call() throws IOException {
            return run(parent, (scaffold, out, err) -> scaffold.lesson(course, title, section, out, err));
        }
    }

    @Command(name = "quiz", mixinStandardHelpOptions = true,
            description = "A quiz bank for a course, with its sections as domains and two questions to replace.")
    static final class Quiz implements Callable<Integer> {
        @ParentCommand
        NewCommand parent;

        @Option(names = "--course", required = true, description = "The course's slug.")
        String course;

        @Option(names = "--slug", description = "The quiz's slug (default: the course slug).")
        String slug;

        @Override
        public Integer call() throws IOException {
            return run(parent, (scaffold, out, err) -> scaffold.quiz(course, slug, out, err));
        }
    }

    @Command(name = "post", mixinStandardHelpOptions = true,
            description = "A blog post dated today, at content/blog/<category>/<slug>.md.")
    static final class Post implements Callable<Integer> {
        @ParentCommand
        NewCommand parent;

        @Parameters(index = "0", paramLabel = "TITLE", description = "The post's title.")
        String title;

        @Option(names = "--slug", description = "Its address part (default: made from the title).")
        String slug;

        @Option(names = "--category", defaultValue = "tin-tuc", description = "Category folder (default: ${DEFAULT-VALUE}).")
        String category;

        @Override
        public Integer call() throws IOException {
            return run(parent, (scaffold, out, err) -> scaffold.post(title, slug, category, LocalDate.now(), out, err));
        }
    }

    /** Writes a new file only where none exists; says so with its path from the site root. */
    static boolean create(Path root, Path file, String text, PrintWriter out, PrintWriter err) throws IOException {
        String shown = root.relativize(file).toString().replace('\\', '/');
        if (Files.exists(file)) {
            err.println("build-site: " + shown + " already exists: nothing written");
            return false;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        out.println("created " + shown);
        return true;
    }
}
