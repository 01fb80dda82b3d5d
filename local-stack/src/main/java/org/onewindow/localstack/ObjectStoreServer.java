package org.onewindow.localstack;

import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;

import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.filesystem.FilesystemApiMetadata;

/**
 * The stack's S3-compatible object store: S3Proxy on jclouds' filesystem backend, inside the launcher's JVM (no
 * extra JVM: the memory budget of six service JVMs is tight). Objects are files under {@link StackLayout#objectData()},
 * beside PostgreSQL's data, one directory per bucket; they survive restarts and {@code --wipe} deletes them.
 * The services get {@code onewindow.objectstore.*} on their command lines ({@link #serviceArguments(URI)}).
 */
final class ObjectStoreServer implements AutoCloseable {

    /** The suite's one bucket; each service keeps its objects under its own prefix ({@code intake/}, ...). */
    static final String BUCKET = "onewindow-documents";
    /** Development credentials: the store listens on 127.0.0.1 only. */
    static final String ACCESS_KEY = "onewindow-local";
    static final String SECRET_KEY = "onewindow-local-secret";

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final URI endpoint;

    private ObjectStoreServer(S3Proxy proxy, BlobStoreContext context, URI endpoint) {
        this.proxy = proxy;
        this.context = context;
        this.endpoint = endpoint;
    }

    static ObjectStoreServer start(StackLayout layout, int port) {
        BlobStoreContext context = null;
        try {
            Files.createDirectories(layout.objectData());
            Properties overrides = new Properties();
            overrides.setProperty("jclouds.filesystem.basedir", layout.objectData().toString());
            // by its metadata, not its id "filesystem": a lookup by id loads every provider S3Proxy registers
            context = ContextBuilder.newBuilder(new FilesystemApiMetadata())
                    .credentials(ACCESS_KEY, SECRET_KEY)
                    .overrides(overrides)
                    .build(BlobStoreContext.class);
            BlobStore blobStore = context.getBlobStore();
            blobStore.createContainerInLocation(null, BUCKET);
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(blobStore)
                    .endpoint(endpoint)
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                    .build();
            proxy.start();
            if (!AbstractLifeCycle.STARTED.equals(proxy.getState())) {
                throw new IllegalStateException("S3Proxy is " + proxy.getState());
            }
            return new ObjectStoreServer(proxy, context, endpoint);
        } catch (Exception e) {
            if (context != null) {
                context.close();
            }
            StartFailure failure = new StartFailure("object store", "(S3Proxy) did not start on 127.0.0.1:" + port + ": "
                    + e.getMessage(), null);
            failure.initCause(e);
            throw failure;
        }
    }

    URI endpoint() {
        return endpoint;
    }

    /** What every backend service gets on its command line. */
    static List<String> serviceArguments(URI endpoint) {
        return List.of(
                "--onewindow.objectstore.endpoint=" + endpoint,
                "--onewindow.objectstore.bucket=" + BUCKET,
                "--onewindow.objectstore.access-key=" + ACCESS_KEY,
                "--onewindow.objectstore.secret-key=" + SECRET_KEY,
                "--onewindow.objectstore.path-style=true",
                "--onewindow.objectstore.create-bucket=true");
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            // stopping anyway: the JVM ends with the launcher
        } finally {
            context.close();
        }
    }
}
