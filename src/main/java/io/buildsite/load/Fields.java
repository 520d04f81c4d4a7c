package io.buildsite.load;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Typed, forgiving reads of a YAML mapping. A value of the wrong type is reported (with its key, so
 * the caller can place it) and treated as absent, so one bad field never hides the rest of the file.
 */
final class Fields {
    private final Map<?, ?> map;
    private final BiConsumer<String, String> problems;

    Fields(Map<?, ?> map, BiConsumer<String, String> problems) {
        this.map = map == null ? Map.of() : map;
        this.problems = problems;
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    boolean isMap(String key) {
        return map.get(key) instanceof Map;
    }

    String string(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            problems.accept(key, "'" + key + "' must be text, not a " + kind(value));
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }

    Integer integer(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        if (value instanceof String s && s.strip().matches("-?\\d{1,9}")) {
            return Integer.valueOf(s.strip());
        }
        problems.accept(key, "'" + key + "' must be a whole number, not " + describe(value));
        return null;
    }

    Double number(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            try {
                return Double.valueOf(s.strip());
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        problems.accept(key, "'" + key + "' must be a number, not " + describe(value));
        return null;
    }

    /** true or false; quoted text and numbers are reported, as no reader agrees on what they mean. */
    Boolean bool(String key) {
        Object value = map.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        problems.accept(key, "'" + key + "' must be true or false, not " + (value instanceof String ? "the text " : "")
                + describe(value));
        return null;
    }

    Fields map(String key) {
        Object value = map.get(key);
        if (value == null) {
            return new Fields(Map.of(), problems);
        }
        if (!(value instanceof Map<?, ?> m)) {
            problems.accept(key, "'" + key + "' must be a mapping of keys to values, not " + describe(value));
            return new Fields(Map.of(), problems);
        }
        return new Fields(m, problems);
    }

    /** A list of mappings; items that are not mappings are reported and skipped. */
    List<Fields> maps(String key) {
        List<Fields> result = new ArrayList<>();
        for (Object item : list(key)) {
            if (item instanceof Map<?, ?> m) {
                result.add(new Fields(m, problems));
            } else {
                problems.accept(key, "each item of '" + key + "' must be a mapping, not " + describe(item));
            }
        }
        return result;
    }

    List<?> list(String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> l)) {
            problems.accept(key, "'" + key + "' must be a list, not " + describe(value));
            return List.of();
        }
        return l;
    }

    private static String describe(Object value) {
        if (value instanceof Map || value instanceof List) {
            return "a " + kind(value);
        }
        return "'" + value + "'";
    }

    private static String kind(Object value) {
        return value instanceof Map ? "mapping" : "list";
    }
}
