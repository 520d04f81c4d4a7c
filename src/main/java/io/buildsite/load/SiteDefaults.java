package io.buildsite.load;

import io.buildsite.model.Course;
import io.buildsite.model.SiteConfig;
import io.buildsite.model.Source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A title and a description for a site whose site.yaml gives none, taken from its courses rather than
 * left as the tool's name or empty: every page's title, share tags and description show them. What
 * is taken is said in warnings, with the setting that chooses otherwise, which {@code build} gives.
 */
final class SiteDefaults {
    /** The title of a site without one and without a course to name it after. */
    static final String UNTITLED = "build-site";

    private SiteDefaults() {
    }

    /** The settings to build with, and a warning for each one taken from the content. */
    record Choice(SiteConfig config, List<String> warnings) {
    }

    /**
     * {@code read} with a title (the first course's category, or the only course's title) and a
     * description (the first course's) where it has none; each language takes its own version of the
     * course when there is one.
     *
     * @param courses every course loaded; drafts are passed over, as they may be left out
     */
    static Choice choose(SiteConfig read, List<Course> courses) {
        String def = read.defaultLanguage();
        // By the original's path, the order the course lists show them in.
        TreeMap<String, List<Course>> byOriginal = courses.stream().filter(c -> !c.draft())
                .collect(Collectors.groupingBy(c -> Source.originalPath(c.source().path(), c.lang(), def),
                        TreeMap::new, Collectors.toList()));
        if (byOriginal.isEmpty()) {
            return new Choice(read.title() != null ? read : read.withNames(UNTITLED, read.titles(), read.descriptions()),
                    List.of());
        }
        List<Course> versions = byOriginal.firstEntry().getValue();
        Course original = versions.stream().filter(c -> c.lang().equals(def)).findFirst().orElse(versions.get(0));
        List<String> warnings = new ArrayList<>();
        String title = read.title();
        Map<String, String> titles = read.titles();
        if (title == null) {
            boolean only = byOriginal.size() == 1;
            Function<Course, String> name = only ? Course::title : Course::categoryName;
            title = name.apply(original);
            titles = perLanguage(titles, versions, name);
            warnings.add("no title in site.yaml: the site is titled '" + title
                    + "', " + (only ? "the title of its only course" : "the category of its first course") + " ("
                    + original.source().path() + "); set title in site.yaml (e.g. title: My courses) to name it");
        }
        Map<String, String> descriptions = read.descriptions();
        if (descriptions.isEmpty() && original.description() != null && !original.description().isBlank()) {
            descriptions = perLanguage(Map.of(def, original.description()), versions, Course::description);
            warnings.add("no description in site.yaml: the site is described "
                    + "by its first course's description (" + original.source().path() + "); set description in "
                    + "site.yaml (e.g. description: Lessons and practice exams for …) to describe it");
        }
        return new Choice(read.withNames(title, titles, descriptions), warnings);
    }

    /** {@code given}, with each course version's value for the languages it does not name. */
    private static Map<String, String> perLanguage(Map<String, String> given, List<Course> versions,
                                                   Function<Course, String> value) {
        Map<String, String> all = new LinkedHashMap<>(given);
        for (Course version : versions) {
            String text = value.apply(version);
            if (text != null && !text.isBlank()) {
                all.putIfAbsent(version.lang(), text);
            }
        }
        return all;
    }
}
