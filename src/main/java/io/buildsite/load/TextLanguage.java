package io.buildsite.load;

import io.buildsite.model.Question;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Guesses whether a quiz bank that does not declare its {@code lang} is Vietnamese or English.
 * Real banks are often English beside Vietnamese courses; letters only Vietnamese uses settle it.
 */
final class TextLanguage {
    private static final Pattern VIETNAMESE_LETTERS = Pattern.compile(
            "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]");

    private TextLanguage() {
    }

    static String guess(List<Question> questions, String fileLang, String defaultLanguage) {
        if (!fileLang.equals(defaultLanguage) || !"vi".equals(defaultLanguage)) {
            return fileLang;
        }
        long vietnamese = questions.stream()
                .filter(q -> VIETNAMESE_LETTERS.matcher(q.question() + " " + String.join(" ", q.options())).find())
                .count();
        return vietnamese * 2 >= questions.size() && vietnamese > 0 ? "vi" : "en";
    }
}
