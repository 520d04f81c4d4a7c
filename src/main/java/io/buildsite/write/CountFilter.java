package io.buildsite.write;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code {{ 90 | count('duration_minutes') }}} → "90 phút" / "90 min": the number in the page
 * language's format (the JDK's locale data: 1.000 in Vietnamese, 1,000 in English), put into the
 * dictionary's {@code <key>_one} or {@code <key>_other} pattern at {@code {n}}.
 */
final class CountFilter implements Filter {
    @Override
    public List<String> getArgumentNames() {
        return List.of("key");
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                        int lineNumber) {
        if (input == null || input.toString().isBlank()) {
            return null;
        }
        BigDecimal number = new BigDecimal(input.toString().strip());
        String lang = String.valueOf(context.getVariable("lang"));
        @SuppressWarnings("unchecked")
        Map<String, String> t = (Map<String, String>) context.getVariable("t");
        String key = args.get("key") + (isOne(number, lang) ? "_one" : "_other");
        String pattern = t == null ? null : t.get(key);
        String formatted = NumberFormat.getNumberInstance(Locale.forLanguageTag(lang)).format(number);
        return pattern == null ? formatted : pattern.replace("{n}", formatted);
    }

    /** CLDR's rule for the languages we ship: English says "1 lesson"; Vietnamese has no plural forms. */
    static boolean isOne(BigDecimal number, String lang) {
        return !lang.equals("vi") && number.compareTo(BigDecimal.ONE) == 0 && number.scale() <= 0;
    }
}
