package io.buildsite.write;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the search files, written straight from their few shapes (strings, numbers, lists, maps,
 * int arrays) with the bytes Jackson writes for them: Jackson's general serializers took a tenth of a
 * build's time on thousands of small files.
 */
final class SearchJson {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out = new StringBuilder(1024);

    private SearchJson() {
    }

    /** {@code value} as UTF-8 JSON: null, a String, an Integer, an int[], a List or a Map with String keys. */
    static byte[] bytes(Object value) {
        SearchJson json = new SearchJson();
        json.value(value);
        return json.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void value(Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof Integer number) {
            out.append(number.intValue());
        } else if (value instanceof int[] numbers) {
            out.append('[');
            for (int i = 0; i < numbers.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(numbers[i]);
            }
            out.append(']');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                value(list.get(i));
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string((String) entry.getKey());
                out.append(':');
                value(entry.getValue());
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("not a search file value: " + value.getClass().getName());
        }
    }

    /**
     * As Jackson quotes a string: {@code "} and {@code \} escaped, control characters and
     * each half of a surrogate pair as short or {@code \}u escapes.
     */
    private void string(String text) {
        out.append('"');
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                // Beyond the Basic Multilingual Plane (an emoji), Jackson writes each half as an escape.
                out.append(text, from, i).append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
                from = i + 1;
                continue;
            }
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(text, from, text.length()).append('"');
    }
}
