package io.buildsite.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.buildsite.build.SiteBuild;
import io.buildsite.build.StageListener;
import io.buildsite.cli.serve.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Preview the site while you write: build it into memory, serve it, and rebuild and reload "
                + "open pages whenever content/, data/, templates/, static/ or site.yaml change.",
                "Nothing is written to the source folder or to site-output/. Stop with Ctrl+C."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".", description = "Site root (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Published URL; its path (e.g. /repo/) is served as in production.")
    String baseUrl;

    @Option(names = "--open", description = "Open the site in the default browser.")
    boolean open;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems, not each rebuild.")
    boolean quiet;

    @Override
    public Integer call() throws IOException, UsageError {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 1 || port > 65535) {
            err.println("build-site: --port " + port + ": use a port from 1 to 65535");
            return ExitCodes.USAGE;
        }
        SiteBuild build = SiteOptions.open(source, baseUrl, StageListener.NONE, err);
        try (Preview preview = Preview.start(build, host, port, err, quiet, new ObjectMapper())) {
            err.println("Serving " + preview.url() + " (both languages; Ctrl+C to stop)");
            err.flush();
            if (open) {
                openBrowser(preview.url(), err);
            }
            Thread.currentThread().join();
        } catch (Preview.Unavailable e) {
            err.println("build-site: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    private static void openBrowser(String url, PrintWriter err) {
        try {
            new ProcessBuilder("xdg-open", url).redirectErrorStream(true).start();
        } catch (IOException e) {
            err.println("build-site: could not open a browser (" + e.getMessage() + "): open " + url + " yourself");
        }
    }
}
