package io.buildsite.build;

import io.buildsite.write.OutputDisk;

import java.nio.file.Path;

/**
 * Where {@code build} writes, and on what terms.
 *
 * @param output   the output folder as the author named it, or null for {@link SiteLayout#OUTPUT_FOLDER} in the site
 * @param cache    the build cache's folder, or null for {@link SiteLayout#CACHE_FOLDER} in the site
 * @param force    whether a folder build-site did not create may be replaced
 * @param rebuild  whether to build even when the output is up to date
 * @param disk     the disk the output is written to
 */
public record FolderTarget(Path output, Path cache, boolean force, boolean rebuild, OutputDisk disk) {
}
