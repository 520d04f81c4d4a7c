package io.buildsite.write;

import io.buildsite.assemble.PageContent;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;

/** A page's content as its template sees it: each component of the content record, by its name. */
final class ContentVariables {
    /** Each content record's accessors, looked up once per record type. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private ContentVariables() {
    }

    static void put(PageContent content, Map<String, Object> context) {
        for (RecordComponent component : COMPONENTS.get(content.getClass())) {
            context.put(component.getName(), value(component.getAccessor(), content));
        }
    }

    private static Object value(Method accessor, PageContent content) {
        try {
            return accessor.invoke(content);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + content, e);
        }
    }
}
