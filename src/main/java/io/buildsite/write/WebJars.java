package io.buildsite.write;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The npm WebJars the pages' scripts come from, read from the classpath. */
final class WebJars {
    private WebJars() {
    }

    /** The version of the {@code org.webjars.npm} WebJar {@code artifact}, which names its resource folder. */
    static String version(String artifact) throws IOException {
        try (InputStream in = WebJars.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties")) {
            if (in == null) {
                throw new IOException("the " + artifact + " WebJar is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }

    /** Where the files of {@code artifact}'s version are on the classpath, ending in a slash. */
    static String root(String artifact) throws IOException {
        return "META-INF/resources/webjars/" + artifact + "/" + version(artifact) + "/";
    }
}
