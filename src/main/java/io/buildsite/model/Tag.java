package io.buildsite.model;

/**
 * A tag of a course, post or quiz bank.
 *
 * @param slug its address under {@code tags/}: the one written, or else made from the name
 * @param line the line of its file that decides the slug (its {@code slug}, else its name)
 */
public record Tag(String name, String slug, int line) {
}
