package io.buildsite.build;

import java.nio.file.Path;

/**
 * How {@code build} went.
 *
 * @param ok           whether the output holds this build (written now, or up to date)
 * @param shown        the output folder as the author named it
 * @param outputExists whether there is an output folder (when not ok: the previous one, as it was)
 */
public record FolderResult(boolean ok, Path shown, boolean outputExists) {
}
