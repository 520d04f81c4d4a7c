package io.buildsite.assemble;

/** Each content record's {@link PageContent.Template}, read once per record type. */
final class ContentTemplates {
    private static final ClassValue<String> NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type.getAnnotation(PageContent.Template.class).value();
        }
    };

    private ContentTemplates() {
    }

    static String of(Class<?> type) {
        return NAMES.get(type);
    }
}
