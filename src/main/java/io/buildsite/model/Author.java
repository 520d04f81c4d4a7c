package io.buildsite.model;

public record Author(String name) {
}
