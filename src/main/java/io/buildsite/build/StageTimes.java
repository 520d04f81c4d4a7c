package io.buildsite.build;

/** Milliseconds per stage of one rebuild, as the preview prints them: {@code load 3, render 1, ...}. */
final class StageTimes implements StageListener {
    private final StringBuilder times = new StringBuilder();
    private long last = System.nanoTime();

    @Override
    public void stage(String stage, String counts) {
        long now = System.nanoTime();
        times.append(times.isEmpty() ? "" : ", ").append(stage).append(' ').append((now - last) / 1_000_000);
        last = now;
    }

    @Override
    public String toString() {
        return times.toString();
    }
}
