package io.buildsite.assemble;

import io.buildsite.assemble.PagePlan.Crumb;
import io.buildsite.assemble.PagePlan.Heading;
import io.buildsite.assemble.Views.PostCard;
import io.buildsite.assemble.Views.PostView;
import io.buildsite.model.BlogPost;
import io.buildsite.model.SitePaths;
import io.buildsite.render.RenderedBody;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The blog posts' pages of one language. */
final class BlogPages {
    private final LanguageTree tree;

    BlogPages(LanguageTree tree) {
        this.tree = tree;
    }

    /** Every post's page; their cards, newest first. */
    List<PostCard> all() {
        return tree.index.posts.stream()
                .map(this::postPage)
                .sorted(Comparator.comparing((PostCard p) -> Objects.requireNonNullElse(p.dateIso(), ""))
                        .reversed().thenComparing(PostCard::path))
                .toList();
    }

    private PostCard postPage(Translations<BlogPost> post) {
        BlogPost p = post.in(tree.lang);
        String path = SitePaths.post(post.original().slug());
        PostCard card = new PostCard(p.title(), p.excerpt(), path, Dates.display(p.publishedAt(), tree.lang),
                Dates.iso(p.publishedAt()), p.readingTime(), tree.tagRefs(p.tags()), tree.contentLang(post));
        RenderedBody body = tree.body(p.source().path());
        PostView view = new PostView(card.title(), card.excerpt(), path, card.date(), card.dateIso(), card.readingTime(),
                card.tags(), card.contentLang(), body.htmlOrNull(), body.toc(), p.author() == null ? null : p.author().name(),
                Revisions.of(tree.index.source.config(), p.source().path(), p.updated(), tree.lang));
        tree.addContent(path, Heading.of(p.title(), p.excerpt()), post, p.source().path(), body,
                List.of(tree.home(), new Crumb(null, "nav_blog", SitePaths.BLOG), new Crumb(p.title(), null, null)),
                Dates.iso(Dates.lastChange(p.updated(), p.publishedAt())), new PageContent.PostPage(view));
        tree.tags.addPost(p.tags(), card);
        tree.index(new SearchIndex.Doc(p.title(), path, "post", card.date(), card.contentLang()), body.toc(),
                p.excerpt(), body.words(), body.textStart());
        return card;
    }
}
