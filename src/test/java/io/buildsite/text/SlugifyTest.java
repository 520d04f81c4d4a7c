package io.buildsite.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugifyTest {

    @Test
    void foldRemovesToneAndVowelMarksAndMapsDToD() {
        assertThat(Slugify.fold("Đăng ký")).isEqualTo("dang ky");
    }

    @Test
    void foldMapsLowerCaseDStrokeToD() {
        assertThat(Slugify.fold("đường")).isEqualTo("duong");
    }

    @Test
    void foldRemovesStackedMarks() {
        assertThat(Slugify.fold("Ngữ cảnh ưu tiên ỗ ậ ớ")).isEqualTo("ngu canh uu tien o a o");
    }

    @Test
    void foldLeavesPunctuationAndDigits() {
        assertThat(Slugify.fold("Bài 1: Git!")).isEqualTo("bai 1: git!");
    }

    @Test
    void slugOfAVietnameseTitle() {
        assertThat(Slugify.slug("Bài 1: Kho chứa, commit và ba vùng làm việc"))
                .isEqualTo("bai-1-kho-chua-commit-va-ba-vung-lam-viec");
    }

    @Test
    void slugTrimsLeadingAndTrailingDashes() {
        assertThat(Slugify.slug("--  Giới thiệu  --")).isEqualTo("gioi-thieu");
    }

    @Test
    void slugCollapsesRunsOfSeparatorsIntoOneDash() {
        assertThat(Slugify.slug("a -- b__c   d")).isEqualTo("a-b-c-d");
    }

    @Test
    void slugOfOnlySymbolsIsEmpty() {
        assertThat(Slugify.slug("!!! ???")).isEmpty();
    }

    @Test
    void slugIsAtMostEightyCharactersAndDoesNotEndWithADash() {
        String title = "a".repeat(79) + " b";

        String slug = Slugify.slug(title);

        assertThat(slug).isEqualTo("a".repeat(79));
    }
}
