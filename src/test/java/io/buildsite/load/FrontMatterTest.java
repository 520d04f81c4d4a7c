package io.buildsite.load;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FrontMatterTest {

    @Test
    void closedFrontMatterGivesItsFieldsAndTheBody() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntitle: A\nslug: a\n---\nFirst line\nSecond line");

        assertThat(fm.data()).isEqualTo(Map.of("title", "A", "slug", "a"));
        assertThat(fm.body()).isEqualTo("First line\nSecond line");
        assertThat(fm.closed()).isTrue();
    }

    @Test
    void bodyLineIsTheFileLineAfterTheClosingDelimiter() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntitle: A\nslug: a\n---\nFirst line");

        assertThat(fm.bodyLine()).isEqualTo(5);
    }

    @Test
    void emptyClosedFrontMatterIsAnEmptyMapping() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\n---\nbody");

        assertThat(fm.data()).isEmpty();
        assertThat(fm.body()).isEqualTo("body");
        assertThat(fm.bodyLine()).isEqualTo(3);
    }

    @Test
    void threeDotsAlsoCloseTheFrontMatter() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntitle: A\n...\nbody");

        assertThat(fm.closed()).isTrue();
        assertThat(fm.body()).isEqualTo("body");
    }

    @Test
    void unclosedFrontMatterThatIsValidYamlTakesTheRestOfTheFile() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntitle: CKA\nslug: cka\nlevel: advanced\n");

        assertThat(fm.closed()).isFalse();
        assertThat(fm.data()).isEqualTo(Map.of("title", "CKA", "slug", "cka", "level", "advanced"));
        assertThat(fm.body()).isEmpty();
    }

    @Test
    void unclosedFrontMatterWithInvalidYamlIsAnErrorAtTheFileLineYamlNames() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> FrontMatter.parse("---\ntitle: A\nbad: [1, 2\nnext: x\n"));

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).startsWith("invalid YAML:");
    }

    @Test
    void invalidYamlInClosedFrontMatterIsReportedAtItsFileLine() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> FrontMatter.parse("---\ntitle: A\nslug: a: b\n---\nbody\n"));

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(8);
        assertThat(e.getMessage()).startsWith("invalid YAML:");
    }

    @Test
    void duplicateKeysAreAnErrorAtTheSecondKey() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> FrontMatter.parse("---\ntitle: A\ntitle: B\n---\n"));

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("duplicate key title");
    }

    @Test
    void frontMatterEndsAtTheFirstDelimiterSoABodyRuleIsKept() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntitle: A\n---\nBefore\n\n---\n\nAfter");

        assertThat(fm.data()).isEqualTo(Map.of("title", "A"));
        assertThat(fm.body()).isEqualTo("Before\n\n---\n\nAfter");
    }

    @Test
    void emptyFileIsAnErrorOnLineOne() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class, () -> FrontMatter.parse(""));

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).contains("empty");
    }

    @Test
    void blankFileIsAnEmptyFileError() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> FrontMatter.parse("\n  \n"));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("empty");
    }

    @Test
    void fileWithoutFrontMatterIsAnErrorOnLineOne() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> FrontMatter.parse("# Just Markdown\n\ntext\n"));

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("missing front matter");
    }

    @Test
    void frontMatterThatIsAListIsAnError() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> FrontMatter.parse("---\n- a\n- b\n---\nbody"));

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).isEqualTo("front matter must be a mapping of keys to values, not a list");
    }

    @Test
    void frontMatterThatIsASingleValueIsAnError() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> FrontMatter.parse("---\njust text\n---\nbody"));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).endsWith("not a single value");
    }

    @Test
    void yamlIndentedWithATabIsAnErrorAtTheTabsLineAndColumn() {
        InvalidContentException e = catchThrowableOfType(InvalidContentException.class,
                () -> FrontMatter.parse("---\ntitle: A\nauthor:\n\tname: B\n---\n"));

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).contains("tab");
    }

    @Test
    void aTabInsideAQuotedValueIsNotIndentation() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntitle: \"a\tb\"\n---\n");

        assertThat(fm.data()).isEqualTo(Map.of("title", "a\tb"));
    }

    @Test
    void aTabInTheBodyIsNotAFrontMatterProblem() throws Exception {
        FrontMatter fm = FrontMatter.parse("---\ntitle: A\n---\n\tindented code\n");

        assertThat(fm.body()).isEqualTo("\tindented code\n");
    }
}
