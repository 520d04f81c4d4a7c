package io.buildsite.model;

import java.util.List;

public record Section(String id, String title, String description, List<SectionLesson> lessons) {
    public Section {
        lessons = List.copyOf(lessons);
    }
}
