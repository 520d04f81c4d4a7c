package io.buildsite.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

@Command(name = "build-site", mixinStandardHelpOptions = true,
        versionProvider = BuildSiteCommand.Version.class,
        description = "Static-site generator for bilingual (Vietnamese + English) exam-prep courses.",
        subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
                TranslationsCommand.class, CommandLine.HelpCommand.class})
public final class BuildSiteCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'build-site build'");
    }

    /** The version Maven wrote into the jar. */
    static String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BuildSiteCommand.class.getResourceAsStream("/build-site.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty("version", "unknown");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"build-site " + version()};
        }
    }
}
