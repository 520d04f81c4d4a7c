package io.buildsite.render;

/**
 * A link from a body to another page of the site (or to an anchor on the same page), kept so that
 * links can be checked once every page is known.
 *
 * @param path     target relative to the language root, e.g. {@code lessons/c/l/} ({@code ""} is the home
 *                 page); null for an anchor on the same page
 * @param fragment the {@code #anchor} without {@code #}, or null
 * @param line     file line of the link in the source
 */
public record InternalLink(String path, String fragment, int line) {
}
