package io.buildsite.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.buildsite.assemble.Views.CourseView;
import io.buildsite.assemble.Views.DomainView;
import io.buildsite.assemble.Views.LessonEntry;
import io.buildsite.assemble.Views.LessonView;
import io.buildsite.assemble.Views.LinkRef;
import io.buildsite.assemble.Views.PostView;
import io.buildsite.assemble.Views.QuizView;
import io.buildsite.assemble.Views.Revision;
import io.buildsite.assemble.Views.SectionView;
import io.buildsite.model.PageLocation;
import io.buildsite.model.Provider;
import io.buildsite.model.SiteConfig;

import java.util.List;

/**
 * The schema.org nodes of one page's content, made from what its template shows. A quiz's node names what it
 * assesses and never its questions: the answers stay in the page's own quiz data.
 */
final class SchemaNodes {
    private final SiteConfig config;
    private final String lang;
    private final String title;
    private final String description;
    private final String canonical;

    SchemaNodes(SiteConfig config, String lang, String title, String description, String canonical) {
        this.config = config;
        this.lang = lang;
        this.title = title;
        this.description = description;
        this.canonical = canonical;
    }

    /** A node of a schema.org type. */
    ObjectNode typed(String type) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("@type", type);
        return node;
    }

    /** The absolute URL of a page of this language, or null when the site's address is unknown. */
    String url(String path) {
        return config.hasBaseUrl() ? PageLocation.url(config, lang, path) : null;
    }

    /**
     * A course as Google's course rich results read it: a self-paced online course ({@code courseWorkload} is
     * the whole course's time), free to read, provided by the site.
     */
    ObjectNode course(CourseView course) {
        ObjectNode node = page("Course", course.contentLang());
        putIfKnown(node, "educationalLevel", course.level());
        int minutes = course.durationHours() != null
                ? (int) Math.round(Double.parseDouble(course.durationHours()) * 60)
                : minutesOf(course.sections().stream().flatMap(s -> s.lessons().stream()).toList());
        putIfKnown(node, "timeRequired", duration(minutes));
        node.set("provider", provider());
        if (course.author() != null) {
            node.set("author", person(course.author()));
        }
        node.putArray("offers").addObject().put("@type", "Offer").put("category", "Free");
        ObjectNode instance = node.putArray("hasCourseInstance").addObject();
        instance.put("@type", "CourseInstance");
        instance.put("courseMode", "online");
        putIfKnown(instance, "courseWorkload", duration(minutes));
        ArrayNode syllabus = node.putArray("syllabusSections");
        for (SectionView section : course.sections()) {
            ObjectNode item = syllabus.addObject().put("@type", "Syllabus").put("name", section.title());
            putIfKnown(item, "description", section.description());
            putIfKnown(item, "timeRequired", duration(minutesOf(section.lessons())));
        }
        return node;
    }

    /** A lesson, part of its course at its place in the course's outline. */
    ObjectNode lesson(LessonView lesson) {
        ObjectNode node = page("LearningResource", lesson.contentLang());
        node.put("learningResourceType", "lesson");
        putIfKnown(node, "timeRequired", duration(lesson.durationMinutes() == null ? 0 : lesson.durationMinutes()));
        putModified(node, lesson.revision());
        if (lesson.course() != null) {
            node.set("isPartOf", reference("Course", lesson.course()));
        }
        for (SectionView section : lesson.outline()) {
            for (int i = 0; i < section.lessons().size(); i++) {
                if (section.lessons().get(i).current()) {
                    node.put("position", section.start() + i);
                }
            }
        }
        return node;
    }

    /** A quiz: what it assesses, one alignment per exam domain; no question and no answer. */
    ObjectNode quiz(QuizView quiz) {
        ObjectNode node = page("Quiz", quiz.contentLang());
        putIfKnown(node, "educationalLevel", quiz.level());
        putIfKnown(node, "timeRequired", duration(quiz.durationMinutes()));
        ArrayNode alignments = node.putArray("educationalAlignment");
        for (DomainView domain : quiz.domains()) {
            ObjectNode alignment = alignments.addObject().put("@type", "AlignmentObject")
                    .put("alignmentType", "assesses").put("targetName", domain.name());
            putIfKnown(alignment, "educationalFramework", quiz.provider());
        }
        if (quiz.course() != null) {
            node.set("about", reference("Course", quiz.course()));
        }
        return node;
    }

    /** A blog post, dated and signed. */
    ObjectNode post(PostView post) {
        ObjectNode node = page("BlogPosting", post.contentLang());
        node.put("headline", title);
        putIfKnown(node, "datePublished", post.dateIso());
        putModified(node, post.revision());
        node.set("author", post.author() != null ? person(post.author()) : provider());
        node.set("publisher", provider());
        return node;
    }

    /** The page's own node: its address, name, description and language. */
    private ObjectNode page(String type, String contentLang) {
        ObjectNode node = typed(type);
        putIfKnown(node, "@id", canonical);
        node.put("name", title);
        putIfKnown(node, "description", description);
        putIfKnown(node, "inLanguage", contentLang);
        putIfKnown(node, "url", canonical);
        return node;
    }

    /** The organisation {@code provider} names, else the site itself: its title, and its address when known. */
    private ObjectNode provider() {
        Provider provider = config.provider() != null ? config.provider() : new Provider(null, null);
        ObjectNode node = typed("Organization")
                .put("name", provider.name() != null ? provider.name() : config.titleIn(lang));
        putIfKnown(node, "url", provider.url() != null ? provider.url() : url(""));
        return node;
    }

    private ObjectNode reference(String type, LinkRef link) {
        ObjectNode node = typed(type).put("name", link.title());
        putIfKnown(node, "url", url(link.path()));
        return node;
    }

    private ObjectNode person(String name) {
        return typed("Person").put("name", name);
    }

    private static void putModified(ObjectNode node, Revision revision) {
        if (revision != null) {
            putIfKnown(node, "dateModified", revision.updatedIso());
        }
    }

    static void putIfKnown(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static int minutesOf(List<LessonEntry> lessons) {
        return lessons.stream().filter(l -> l.durationMinutes() != null).mapToInt(LessonEntry::durationMinutes).sum();
    }

    /** An ISO 8601 duration such as {@code PT1H30M}; null for no time at all. */
    static String duration(int minutes) {
        if (minutes <= 0) {
            return null;
        }
        int hours = minutes / 60;
        int rest = minutes % 60;
        return "PT" + (hours > 0 ? hours + "H" : "") + (rest > 0 ? rest + "M" : "");
    }
}
