package io.buildsite.model;

public record Category(String name, String slug) {
}
