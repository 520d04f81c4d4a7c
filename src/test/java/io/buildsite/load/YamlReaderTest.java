package io.buildsite.load;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class YamlReaderTest {

    private static final String BILLION_LAUGHS = String.join("\n",
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]",
            "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
            "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
            "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
            "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
            "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
            "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
            "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]",
            "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]");

    @Test
    void readsPlainMappingsListsAndScalars() throws Exception {
        Object data = YamlReader.parse("title: A\ntags: [x, y]\nhours: 2.5", 0);

        assertThat(data).isEqualTo(Map.of("title", "A", "tags", List.of("x", "y"), "hours", 2.5));
    }

    @Test
    void aliasBombIsAnErrorNotAHang() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> YamlReader.parse(BILLION_LAUGHS, 1));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("invalid YAML:").contains("aliases");
    }

    @Test
    void aFewAliasesAreStillAllowed() throws Exception {
        Object data = YamlReader.parse("base: &b {level: 1}\nother: *b", 0);

        assertThat(data).isEqualTo(Map.of("base", Map.of("level", 1), "other", Map.of("level", 1)));
    }

    @Test
    void javaTypeTagsAreRefused() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> YamlReader.parse("x: !!javax.script.ScriptEngineManager []", 0));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("invalid YAML:");
    }

    @Test
    void errorLineIsShiftedByTheLinesBeforeTheText() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> YamlReader.parse("a: 1\nb: c: d\n", 10));

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(12);
        assertThat(e.column()).isEqualTo(5);
    }

    @Test
    void errorMessageIsOneLine() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> YamlReader.parse("a: 1\nb: [1, 2\nc: 3\n", 0));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    @Test
    void deepNestingIsAnError() {
        String deep = "[".repeat(200) + "]".repeat(200);

        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> YamlReader.parse(deep, 0));

        assertThat(e).isNotNull();
    }
}
