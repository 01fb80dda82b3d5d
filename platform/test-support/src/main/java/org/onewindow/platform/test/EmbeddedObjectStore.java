package org.onewindow.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.filesystem.FilesystemApiMetadata;

/**
 * One S3-compatible server per test JVM (S3Proxy on jclouds' filesystem backend, in this JVM), started on first
 * use like {@link SharedInfrastructure}'s PostgreSQL and Kafka. {@code @OneWindowTest} contexts that ask for
 * {@code onewindow.objectstore.*} get it, each with a bucket of its own ({@link #properties(String)}).
 *
 * <p>A test may {@link #stop()} and {@link #start()} it again (same port, same data) to prove what a service does
 * while the store is down; stop it only in a {@code try/finally} that starts it again, since every later test of
 * the JVM shares it. S3Proxy is an optional dependency of this module: a service that stores documents adds
 * {@code org.gaul:s3proxy} with test scope (its version is managed in the root pom).
 */
public final class EmbeddedObjectStore {

    public static final String ACCESS_KEY = "onewindow-test";
    public static final String SECRET_KEY = "onewindow-test-secret";
    public static final String REGION = "us-east-1";

    private final Path dataDirectory;
    private S3Proxy proxy;
    private int port;

    private EmbeddedObjectStore(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** The JVM's store, started on first call. */
    public static EmbeddedObjectStore shared() {
        return Holder.STORE;
    }

    /** Whether S3Proxy is on the classpath (the module that asks for the store must add it as a test dependency). */
    public static boolean available() {
        try {
            Class.forName("org.gaul.s3proxy.S3Proxy", false, EmbeddedObjectStore.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** A new store on a free port (or {@code port}) keeping its objects under {@code dataDirectory}; started. */
    public static EmbeddedObjectStore start(Path dataDirectory, int port) {
        EmbeddedObjectStore store = new EmbeddedObjectStore(dataDirectory);
        store.port = port;
        store.start();
        return store;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /**
     * The properties pointing a service at this store, in bucket {@code bucket} (created by the service at start):
     * {@code onewindow.objectstore.endpoint|bucket|region|access-key|secret-key|path-style|create-bucket}.
     */
    public Map<String, String> properties(String bucket) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("onewindow.objectstore.endpoint", endpoint().toString());
        properties.put("onewindow.objectstore.bucket", bucket);
        properties.put("onewindow.objectstore.region", REGION);
        properties.put("onewindow.objectstore.access-key", ACCESS_KEY);
        properties.put("onewindow.objectstore.secret-key", SECRET_KEY);
        properties.put("onewindow.objectstore.path-style", "true");
        properties.put("onewindow.objectstore.create-bucket", "true");
        return properties;
    }

    public synchronized boolean running() {
        return proxy != null;
    }

    /** Starts the server (again): on the port it had before, with the objects it had. */
    public synchronized void start() {
        if (proxy != null) {
            return;
        }
        try {
            Files.createDirectories(dataDirectory);
            Properties overrides = new Properties();
            overrides.setProperty("jclouds.filesystem.basedir", dataDirectory.toString());
            // by its metadata, not its id: a lookup by id loads every provider S3Proxy registers (Azure's SDK is excluded)
            BlobStoreContext context = ContextBuilder.newBuilder(new FilesystemApiMetadata())
                    .credentials(ACCESS_KEY, SECRET_KEY)
                    .overrides(overrides)
                    .build(BlobStoreContext.class);
            S3Proxy started = S3Proxy.builder()
                    .blobStore(context.getBlobStore())
                    .endpoint(URI.create("http://127.0.0.1:" + port))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .build();
            started.start();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!AbstractLifeCycle.STARTED.equals(started.getState())) {
                if (System.nanoTime() > deadline || AbstractLifeCycle.FAILED.equals(started.getState())) {
                    throw new IllegalStateException("S3Proxy did not start on port " + port + ": " + started.getState());
                }
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
            port = started.getPort();
            proxy = started;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the object store's directory " + dataDirectory, e);
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("S3Proxy did not start on port " + port, e);
        }
    }

    /** Stops the server; connections are refused until {@link #start()}. Objects stay on disk. */
    public synchronized void stop() {
        if (proxy == null) {
            return;
        }
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop", e);
        } finally {
            proxy = null;
        }
    }

    /** Lazy, thread-safe, once per JVM. */
    private static final class Holder {
        static final EmbeddedObjectStore STORE = startShared();

        private static EmbeddedObjectStore startShared() {
            Path data = SharedInfrastructure.workRoot()
                    .resolve("s3-data-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
            EmbeddedObjectStore store = start(data, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.stop();
                deleteQuietly(data);
            }, "onewindow-test-object-store-shutdown"));
            return store;
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // the JVM is exiting; a leftover temp directory is harmless
        }
    }
}
