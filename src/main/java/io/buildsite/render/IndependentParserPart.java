package io.buildsite.render;

import com.vladsch.flexmark.util.dependency.Dependent;

import java.util.Set;

/** A part added to flexmark's parser that needs no other part to run before or after it. */
interface IndependentParserPart extends Dependent {
    @Override
    default Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    default Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    default boolean affectsGlobalScope() {
        return false;
    }
}
