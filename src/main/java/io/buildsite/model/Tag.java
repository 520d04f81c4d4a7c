package io.buildsite.model;

public record Tag(String name, String slug) {
}
