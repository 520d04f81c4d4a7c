package io.buildsite.model;

/**
 * Who offers the site's courses, as {@code site.yaml}'s {@code provider} names it for structured data.
 *
 * @param name the organisation's name, or null to use the site's title
 * @param url  its absolute http(s) address, or null to use the site's base URL
 */
public record Provider(String name, String url) {
}
