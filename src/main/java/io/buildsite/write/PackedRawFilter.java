package io.buildsite.write;

import io.buildsite.model.PackedText;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.List;
import java.util.Map;

/**
 * Pebble's {@code raw}, except that a packed text stays packed: Pebble's own filter turns its input into
 * a string, which for a lesson body means unpacking and decoding it only for {@link PageBytes} to encode
 * it again. What it returns prints as Pebble's would.
 */
final class PackedRawFilter implements Filter {
    static final String NAME = "raw";

    /** A packed text marked safe: printed as its text, written to a page as its bytes. */
    static final class PackedSafeText extends SafeString {
        private final PackedText text;

        PackedSafeText(PackedText text) {
            super("");
            this.text = text;
        }

        PackedText packed() {
            return text;
        }

        @Override
        public String toString() {
            return text.text();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PackedSafeText safe && safe.text.equals(text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                        int lineNumber) {
        if (input == null) {
            return null;
        }
        return input instanceof PackedText packed ? new PackedSafeText(packed) : new SafeString(input.toString());
    }

    @Override
    public List<String> getArgumentNames() {
        return null;
    }
}
