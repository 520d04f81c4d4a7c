package io.buildsite.cli.serve;

import io.buildsite.build.SiteLayout;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches a site's inputs (content/, data/, templates/, static/, site.yaml) with the JDK's
 * WatchService: folders created later are watched too, editors that save by writing a new file and
 * renaming it are seen as changes, and a burst of saves becomes one call.
 */
final class SourceWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 30;

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    SourceWatcher(Path root, Consumer<Set<Path>> onChange) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        register(this.root, false);
        for (String name : SiteLayout.INPUT_FOLDERS) {
            Path dir = this.root.resolve(name);
            if (Files.isDirectory(dir)) {
                register(dir, true);
            }
        }
        thread = new Thread(() -> loop(onChange), "build-site-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(Path dir, boolean recursive) throws IOException {
        if (!recursive) {
            folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE), dir);
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path folder : tree.filter(Files::isDirectory).toList()) {
                folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), folder);
            }
        }
    }

    private void loop(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(service.take(), changed);
                // A save is often several events (write, rename, attributes): wait for quiet.
                WatchKey next;
                while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(root);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if ((folder.equals(root) && !isInput(path)) || isEditorScratch(path)) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    register(path, true);
                } catch (IOException ignored) {
                    // gone again already
                }
            }
            changed.add(path);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /**
     * Files editors write on the way to saving (swap files, backups, the temporary file renamed over the
     * real one): the real file's own event follows, so these would only cause extra rebuilds.
     */
    static boolean isEditorScratch(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913") || name.matches("sed[A-Za-z0-9]{6}");
    }

    private boolean isInput(Path path) {
        String name = path.getFileName().toString();
        return name.equals(SiteLayout.SETTINGS) || SiteLayout.INPUT_FOLDERS.contains(name);
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
