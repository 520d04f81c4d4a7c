package io.buildsite.assemble;

import io.buildsite.diagnostics.Diagnostic;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.BlogPost;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.QuizBank;
import io.buildsite.model.SiteSource;
import io.buildsite.model.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Which content has a translation in each language, and whether it still matches its original: a
 * translation records the original's hash in {@code translation_of_hash}; when the original changes,
 * the hashes differ and the translation is stale.
 */
public final class TranslationReport {
    public enum Status { MISSING, STALE, UNVERIFIED, CURRENT }

    /**
     * @param original    the original's file
     * @param translation the translation's file (null when missing)
     * @param currentHash the original's hash now: what {@code translation_of_hash} should say
     */
    public record Entry(String lang, Status status, String original, String translation, String recordedHash,
                        String currentHash) {
    }

    private TranslationReport() {
    }

    public static List<Entry> of(SiteSource source) {
        String def = source.config().defaultLanguage();
        List<Entry> entries = new ArrayList<>();
        add(entries, Translations.group(source.courses(), c -> key(c.source(), c.lang(), def), Course::lang, def),
                Course::source, source);
        add(entries, Translations.group(source.lessons(), l -> key(l.source(), l.lang(), def), Lesson::lang, def),
                Lesson::source, source);
        add(entries, Translations.group(source.posts(), p -> key(p.source(), p.lang(), def), BlogPost::lang, def),
                BlogPost::source, source);
        add(entries, Translations.group(source.quizzes(), q -> key(q.source(), q.lang(), def), QuizBank::lang, def),
                QuizBank::source, source);
        entries.sort(Comparator.comparing(Entry::lang).thenComparing(Entry::original));
        return entries;
    }

    /** A warning for each stale translation: its original changed after it was translated. */
    static void warnStale(SiteSource source, Diagnostics diagnostics) {
        for (Entry entry : of(source)) {
            if (entry.status() == Status.STALE) {
                diagnostics.warning(entry.translation(), 1, 1, "translation is stale: " + entry.original()
                        + " changed since it was translated (translation_of_hash is " + entry.recordedHash()
                        + ", the original's hash is now " + entry.currentHash() + ")");
            }
        }
    }

    /**
     * The stale warnings about the lesson at {@code path} and its translations, from its translation group
     * alone: after an edit of that lesson, the only warnings that can have changed.
     */
    static List<Diagnostic> staleOfLesson(SiteSource site, String path) {
        String def = site.config().defaultLanguage();
        Lesson edited = site.lessons().stream().filter(l -> l.source().path().equals(path)).findFirst().orElse(null);
        if (edited == null) {
            return List.of();
        }
        String group = key(edited.source(), edited.lang(), def);
        List<Lesson> lessons = site.lessons().stream().filter(l -> key(l.source(), l.lang(), def).equals(group)).toList();
        Diagnostics stale = new Diagnostics();
        warnStale(new SiteSource(site.config(), List.of(), lessons, List.of(), List.of(), site.quizListing(), List.of(),
                List.of()), stale);
        return stale.sorted();
    }

    private static <T> void add(List<Entry> entries, List<Translations<T>> groups, Function<T, Source> sourceOf,
                                SiteSource site) {
        String def = site.config().defaultLanguage();
        for (Translations<T> group : groups) {
            if (!group.originalLang().equals(def)) {
                continue;
            }
            Source original = sourceOf.apply(group.original());
            for (String lang : site.config().languages()) {
                if (lang.equals(def)) {
                    continue;
                }
                if (!group.hasOwn(lang)) {
                    entries.add(new Entry(lang, Status.MISSING, original.path(), null, null, original.contentHash()));
                    continue;
                }
                Source translation = sourceOf.apply(group.in(lang));
                String recorded = translation.translationOfHash();
                Status status = recorded == null ? Status.UNVERIFIED
                        : recorded.equals(original.contentHash()) ? Status.CURRENT : Status.STALE;
                entries.add(new Entry(lang, status, original.path(), translation.path(), recorded, original.contentHash()));
            }
        }
    }

    private static String key(Source source, String lang, String def) {
        return Source.originalPath(source.path(), lang, def);
    }
}
