package io.buildsite.assemble;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageContentTest {

    @Test
    void everyKindOfContentNamesItsOwnTemplateOfTheDefaultTheme() {
        List<String> templates = Arrays.stream(PageContent.class.getPermittedSubclasses())
                .map(type -> type.getAnnotation(PageContent.Template.class))
                .map(template -> template == null ? null : template.value())
                .toList();

        assertThat(templates).hasSize(11).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(templates).allSatisfy(name -> assertThat(Path.of("templates", name + ".peb")).isRegularFile());
    }

    @Test
    void aContentRecordTellsItsTemplate() {
        assertThat(new PageContent.NotFound().template()).isEqualTo("404");
        assertThat(new PageContent.QuizList(List.of()).template()).isEqualTo("quizzes");
    }
}
