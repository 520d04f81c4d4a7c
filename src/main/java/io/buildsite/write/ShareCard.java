package io.buildsite.write;

import io.buildsite.assemble.PageContent;
import io.buildsite.assemble.PagePlan;
import io.buildsite.assemble.Views;
import io.buildsite.cache.ContentStore;

/**
 * What a page's share card shows: its title, the course it belongs to (or null), the site's title and the
 * language's name. Its name is a digest of these, the font and the card's layout, so an unchanged card
 * keeps its address and is drawn once.
 */
public record ShareCard(String title, String course, String site, String language) {
    public static final String FOLDER = "cards/";
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    /** The card of {@code page}, titled {@code title} as the page shows it (the home page by the site's title). */
    static ShareCard of(PagePlan page, String title, String site, String language) {
        Views.LinkRef course = null;
        if (page.content() instanceof PageContent.LessonPage lesson) {
            course = lesson.lesson().course();
        } else if (page.content() instanceof PageContent.QuizPage quiz) {
            course = quiz.quiz().course();
        }
        // The home page is the site itself: its card bears the site's title, not the word "Home".
        boolean bySite = page.content() instanceof PageContent.Home || title == null || title.isBlank();
        return new ShareCard(bySite ? site : title, course == null ? null : course.title(), site,
                language);
    }

    /** The digest of everything that decides the card's pixels. */
    public String key() {
        return ContentStore.key("share card", CardPainter.LAYOUT, CardPainter.fontDigest(), title,
                course == null ? new byte[0] : course, site, language);
    }

    /** Where the card is written, relative to the site root. */
    public String file() {
        return FOLDER + key().substring(0, 32) + ".png";
    }

    /** The card's words as one line, for its {@code og:image:alt}. */
    public String alt() {
        return title + (course == null ? "" : " – " + course) + (title.equals(site) ? "" : " – " + site);
    }
}
