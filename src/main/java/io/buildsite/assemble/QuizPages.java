package io.buildsite.assemble;

import io.buildsite.assemble.PagePlan.Crumb;
import io.buildsite.assemble.PagePlan.Heading;
import io.buildsite.assemble.Views.DomainView;
import io.buildsite.assemble.Views.LinkRef;
import io.buildsite.assemble.Views.OptionView;
import io.buildsite.assemble.Views.QuestionView;
import io.buildsite.assemble.Views.QuizCard;
import io.buildsite.assemble.Views.QuizView;
import io.buildsite.diagnostics.Diagnostics;
import io.buildsite.model.Course;
import io.buildsite.model.Lesson;
import io.buildsite.model.LessonLink;
import io.buildsite.model.PackedText;
import io.buildsite.model.PageLocation;
import io.buildsite.model.Question;
import io.buildsite.model.QuizBank;
import io.buildsite.model.QuizDomain;
import io.buildsite.model.QuizListing;
import io.buildsite.model.SitePaths;
import io.buildsite.text.CountedWords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The practice-exam pages of one language, and the links to them from courses and lessons. */
final class QuizPages {
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final LanguageTree tree;
    private final SiteIndex index;
    private final String lang;

    QuizPages(LanguageTree tree) {
        this.tree = tree;
        this.index = tree.index;
        this.lang = tree.lang;
    }

    /** Every quiz's page, in the order of the site's quiz list (the unlisted last); their cards. */
    List<QuizCard> all() {
        List<String> listed = index.source.quizListing().stream().map(QuizListing::slug).toList();
        return index.quizzes.stream()
                .sorted(Comparator.comparing((Translations<QuizBank> q) -> listed.contains(q.original().slug())
                        ? listed.indexOf(q.original().slug()) : listed.size()))
                .map(this::quizPage)
                .toList();
    }

    /** A link to the quiz named {@code quizSlug}; null when there is none, reported for {@code reporter} if given. */
    LinkRef link(String quizSlug, Course reporter) {
        if (quizSlug == null) {
            return null;
        }
        Translations<QuizBank> quiz = index.quizBySlug(quizSlug);
        if (quiz == null) {
            if (reporter != null && !index.failed.anyQuiz()) {
                tree.diagnostics.warning(reporter.source().path(), 1, 1, "quiz_slug '" + quizSlug
                        + "' names no quiz bank in data/quizzes/: no quiz link shown");
            }
            return null;
        }
        return new LinkRef(quiz.in(lang).title(), SitePaths.quiz(quiz.original().slug()));
    }

    private QuizCard quizPage(Translations<QuizBank> quiz) {
        QuizBank q = quiz.in(lang);
        Translations<Course> course = index.courseOfQuiz(quiz);
        LinkRef courseLink = course == null ? null : new LinkRef(course.in(lang).title(), index.coursePath(course));
        String path = SitePaths.quiz(quiz.original().slug());
        QuizCard card = new QuizCard(q.title(), q.description(), path, q.questions().size(), q.durationMinutes(),
                q.passingScore(), q.provider(), q.level(), courseLink, q.textLang());
        List<QuestionView> questions = tree.cache == null ? questionViews(q)
                : tree.cache.questions(q, QuizPages::questionViews);
        QuizScriptData data = scriptData(quiz, q, course, path);
        String json = tree.cache == null ? ScriptJson.of(data)
                : tree.cache.json(q, List.of(data.slug(), data.domains()), () -> ScriptJson.of(data));
        QuizView view = new QuizView(q.title(), q.description(), path, card.questionCount(), q.durationMinutes(),
                q.passingScore(), q.provider(), q.level(), courseLink, q.textLang(), q.textLang(), domains(q), questions,
                json);
        boolean untranslated = !ownVersion(quiz, lang);
        tree.add(new PagePlan(lang, path, q.source().path(), Heading.of(q.title(), q.description()),
                new PagePlan.Origin(q.textLang(), untranslated, quiz.originalLang(), index.drafts.marks(q.source().path()),
                        index.source.config().languages().stream().filter(l -> ownVersion(quiz, l)).toList()),
                List.of(tree.home(), new Crumb(null, "nav_quizzes", SitePaths.QUIZZES), new Crumb(q.title(), null, null)),
                null, false, false, new PageContent.QuizPage(view)));
        tree.tags.addQuiz(q.tags(), card);
        String domainNames = String.join(" · ", q.domains().stream().map(QuizDomain::name).toList());
        tree.index(new SearchIndex.Doc(q.title(), path, "quiz", courseLink == null ? null : courseLink.title(),
                q.textLang()), List.of(), q.description(), CountedWords.of(domainNames), PackedText.of(domainNames));
        SearchEntries.questions(tree, q, path);
        return card;
    }

    /** Whether the quiz page in {@code lang} is its own: a translation, or a bank written in that language. */
    private static boolean ownVersion(Translations<QuizBank> quiz, String lang) {
        return quiz.hasOwn(lang) || quiz.in(lang).textLang().equals(lang);
    }

    /** The bank's domains with how many of its questions each holds. */
    private static List<DomainView> domains(QuizBank q) {
        Map<String, Integer> perDomain = new LinkedHashMap<>();
        q.domains().forEach(d -> perDomain.put(d.name(), 0));
        q.questions().forEach(x -> perDomain.merge(Objects.requireNonNullElse(x.domain(), ""), 1, Integer::sum));
        return q.domains().stream()
                .map(d -> new DomainView(d.name(), d.weight(), perDomain.getOrDefault(d.name(), 0))).toList();
    }

    /** Every question as the page lists it without JavaScript: escaped text, code spans, lettered options. */
    private static List<QuestionView> questionViews(QuizBank q) {
        List<QuestionView> questions = new ArrayList<>();
        int number = 0;
        for (Question question : q.questions()) {
            number++;
            List<OptionView> options = new ArrayList<>();
            for (int i = 0; i < question.options().size(); i++) {
                options.add(new OptionView(String.valueOf(LETTERS.charAt(i % 26)),
                        InlineCode.toHtml(question.options().get(i)), i == question.correct()));
            }
            questions.add(new QuestionView(number, question.domain(), InlineCode.toHtml(question.question()), options,
                    InlineCode.toHtml(question.explanation())));
        }
        return List.copyOf(questions);
    }

    private QuizScriptData scriptData(Translations<QuizBank> quiz, QuizBank q, Translations<Course> course,
                                      String quizPath) {
        String toLanguageRoot = new PageLocation(index.source.config(), lang, quizPath).toLanguageRoot();
        List<QuizScriptData.Domain> domains = new ArrayList<>();
        for (QuizDomain domain : q.domains()) {
            List<QuizScriptData.LessonToReview> lessons = new ArrayList<>();
            for (LessonLink link : domain.lessons()) {
                Translations<Lesson> lesson = findLesson(course, link, q);
                lessons.add(new QuizScriptData.LessonToReview(lesson != null ? lesson.in(lang).title()
                        : Objects.requireNonNullElse(link.title(), link.ref()),
                        lesson != null ? toLanguageRoot + index.lessonPath(lesson) : null));
            }
            domains.add(new QuizScriptData.Domain(domain.name(), domain.weight(), lessons));
        }
        return new QuizScriptData(quiz.original().slug(), q.title(), q.textLang(), q.durationMinutes(),
                q.passingScore(), q.questions(), domains);
    }

    /** A quiz's lesson reference: in its course, else anywhere; a name that is nowhere is reported. */
    private Translations<Lesson> findLesson(Translations<Course> course, LessonLink link, QuizBank q) {
        Diagnostics sink = lang.equals(index.source.config().defaultLanguage()) ? tree.diagnostics : new Diagnostics();
        int line = link.line();
        List<Translations<Course>> candidates = course != null ? List.of(course) : index.courses;
        for (Translations<Course> c : candidates) {
            Translations<Lesson> found = index.finders.get(c).find(link.ref(), q.source().path(), line, sink);
            if (found != null) {
                return found;
            }
            boolean listed = c.all().stream().flatMap(v -> v.sections().stream())
                    .flatMap(s -> s.lessons().stream()).anyMatch(s -> s.ref().equals(link.ref()));
            if (listed || index.drafts.namesLesson(c, link.ref())) {
                return null;
            }
        }
        if (course != null ? index.failed.lessonFailedIn(SiteIndex.folderOf(course).path()) : index.failed.anyCourse()) {
            return null;
        }
        sink.warning(q.source().path(), line, 1, "lesson '" + link.ref() + "' named in the quiz's domains is not a lesson"
                + (course != null ? " of course " + course.original().slug() : " of any course"));
        return null;
    }
}
