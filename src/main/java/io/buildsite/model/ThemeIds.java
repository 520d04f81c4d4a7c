package io.buildsite.model;

import java.util.regex.Pattern;

/**
 * Ids the page templates use for their own elements. Ids made for headings avoid them, so a heading
 * called "Main" never takes the id of the page's {@code <main>}. A theme that adds ids should keep to
 * these names or use ids a heading cannot produce (with an underscore or capital letter).
 */
public final class ThemeIds {
    private static final Pattern RESERVED = Pattern.compile(
            "main|content|live-region|hero-title|nf-title|syllabus-title|home-(posts|quizzes)"
                    + "|tag-(courses|posts|quizzes)|cat-\\d+(-title)?|sec-\\d+"
                    + "|quiz-(app|data|strings|static|title|q-\\d+)");

    private ThemeIds() {
    }

    public static boolean isReserved(String id) {
        return RESERVED.matcher(id).matches();
    }
}
