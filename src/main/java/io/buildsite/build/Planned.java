package io.buildsite.build;

import io.buildsite.assemble.SitePlan;
import io.buildsite.model.SiteSource;
import io.buildsite.render.RenderedBody;

import java.util.Map;

/**
 * A site loaded, rendered and assembled: what the write stage needs, and what a later edit of one
 * lesson is planned from.
 *
 * @param site   the site as loaded, lesson bodies included
 * @param bodies rendered bodies by source path
 * @param plan   the pages and site files to write
 */
record Planned(SiteSource site, Map<String, RenderedBody> bodies, SitePlan plan) {
}
