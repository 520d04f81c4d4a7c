package io.buildsite.assemble;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON to embed in a {@code <script type="application/json">} element. {@code <}, {@code >}, {@code &}
 * and the line separators U+2028/U+2029 are written as {@code \}{@code uXXXX} escapes, so no text in the
 * data can close the element or break a script that reads it.
 */
public final class ScriptJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScriptJson() {
    }

    public static String of(Object value) {
        try {
            return escape(MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
