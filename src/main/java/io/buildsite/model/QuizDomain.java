package io.buildsite.model;

import java.util.List;

/** An exam domain with its weight (percent) and the lessons that teach it. */
public record QuizDomain(String name, int weight, List<LessonLink> lessons) {
    public QuizDomain {
        lessons = List.copyOf(lessons);
    }
}
