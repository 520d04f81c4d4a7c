package io.buildsite.build;

import io.buildsite.assemble.AssembleCache;
import io.buildsite.load.LoadCache;
import io.buildsite.render.RenderCache;

/** What each stage keeps between builds of one session, so that a rebuild redoes only what changed. */
record BuildCaches(LoadCache load, RenderCache render, AssembleCache assemble) {
    BuildCaches() {
        this(new LoadCache(), new RenderCache(), new AssembleCache());
    }
}
