package io.buildsite.build;

/** Told when each stage of a build ends, with what it made (for progress lines and timings). */
@FunctionalInterface
public interface StageListener {
    StageListener NONE = (stage, counts) -> { };

    /**
     * @param stage  {@code load}, {@code render}, {@code assemble}, {@code write}, or a step of a command
     *               ({@code check}, {@code up to date})
     * @param counts what the stage made, for a person to read
     */
    void stage(String stage, String counts);

    /** Something the author should know that is not about the content (a damaged cache entry, say). */
    default void notice(String message) {
    }
}
