package io.buildsite.model;

/**
 * Where a piece of content came from.
 *
 * @param path     relative to the source root, forward slashes
 * @param bodyLine 1-based line of the file on which the body starts, so body positions map to file lines
 */
public record Source(String path, int bodyLine) {
}
