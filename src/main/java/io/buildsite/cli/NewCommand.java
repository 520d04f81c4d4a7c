package io.buildsite.cli;

import io.buildsite.text.Slugify;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code build-site new course|lesson|quiz}: a valid file in the right place, so a new author starts from something that builds. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create a course, a lesson or a quiz bank from a template, in the right place.",
        subcommands = {NewCommand.Course.class, NewCommand.Lesson.class, NewCommand.Quiz.class})
public final class NewCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Site root (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Language of the text to start from: vi or en (default: ${DEFAULT-VALUE}).")
    String lang;

    static Scaffold scaffold(NewCommand parent) {
        return new Scaffold(parent.source, parent.lang);
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
            return scaffold(parent).course(title, slug != null ? slug : Slugify.slug(title), category,
                    parent.spec.commandLine().getOut(), parent.spec.commandLine().getErr());
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
            return scaffold(parent).lesson(course, title, section, parent.spec.commandLine().getOut(),
                    parent.spec.commandLine().getErr());
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
            return scaffold(parent).quiz(course, slug, parent.spec.commandLine().getOut(),
                    parent.spec.commandLine().getErr());
        }
    }

    /** Writes a new file only where none exists. */
    static boolean create(Path file, String text, PrintWriter out, PrintWriter err) throws IOException {
        if (Files.exists(file)) {
            err.println("build-site: " + file + " already exists: nothing written");
            return false;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        out.println("created " + file);
        return true;
    }
}
