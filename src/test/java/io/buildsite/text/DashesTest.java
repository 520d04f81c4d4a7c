package io.buildsite.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashesTest {

    @Test
    void threeDashesBecomeAnEmDash() {
        assertThat(Dashes.emDashes("AI và LLM --- từ khóa")).isEqualTo("AI và LLM \u2014 từ khóa");
    }

    @Test
    void twoDashesAndLongerRunsStayAsWritten() {
        assertThat(Dashes.emDashes("use --force, not ----")).isEqualTo("use --force, not ----");
    }

    @Test
    void textWithoutDashesIsTheSameString() {
        String text = "Không có gạch";

        assertThat(Dashes.emDashes(text)).isSameAs(text);
        assertThat(Dashes.emDashes(null)).isNull();
    }
}
