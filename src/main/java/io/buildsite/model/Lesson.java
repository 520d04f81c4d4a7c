package io.buildsite.model;

/**
 * A lesson file: {@code .../chapters/<chapter>/lessons/<NN-name>.md} (or its translation).
 *
 * @param courseDir the course folder the lesson lives in
 * @param fileStem  file name without language suffix and extension, e.g. {@code 01-bai-1-x}
 * @param updated   when the content last changed, RFC 3339 (a date or a date-time); null when unknown
 * @param draft     {@code draft: true}: left out of a build unless drafts are asked for
 */
public record Lesson(
        Source source,
        String lang,
        String courseDir,
        String chapterDir,
        String fileStem,
        String id,
        String title,
        String slug,
        String description,
        Integer durationMinutes,
        Integer sortOrder,
        String sectionTitle,
        String updated,
        PackedText body,
        boolean draft) {

    /** Whether {@code other} is this lesson with nothing but its body text (and so its hash) changed. */
    public boolean sameExceptText(Lesson other) {
        Source withThisHash = new Source(other.source.path(), other.source.bodyLine(), source.contentHash(),
                other.source.translationOfHash());
        return withoutBody().equals(new Lesson(withThisHash, other.lang, other.courseDir, other.chapterDir,
                other.fileStem, other.id, other.title, other.slug, other.description, other.durationMinutes,
                other.sortOrder, other.sectionTitle, other.updated, PackedText.EMPTY, other.draft));
    }

    /** This lesson without its body text, for stages after rendering, so the text need not stay in memory. */
    public Lesson withoutBody() {
        return new Lesson(source, lang, courseDir, chapterDir, fileStem, id, title, slug, description, durationMinutes,
                sortOrder, sectionTitle, updated, PackedText.EMPTY, draft);
    }

    /** This lesson dated {@code date}, as the repository's history dates it. */
    public Lesson withUpdated(String date) {
        return new Lesson(source, lang, courseDir, chapterDir, fileStem, id, title, slug, description, durationMinutes,
                sortOrder, sectionTitle, date, body, draft);
    }
}
