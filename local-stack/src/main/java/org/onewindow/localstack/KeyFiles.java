package org.onewindow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The development RS256 key pair: the gateway's dev issuer signs with the private key, every service checks
 * tokens with the public one. Generated once per data directory, JDK only.
 *
 * <p>{@code java -cp local-stack.jar org.onewindow.localstack.KeyFiles deploy/dev-keys} writes a pair for
 * docker-compose.
 */
public final class KeyFiles {

    public static final String PRIVATE_KEY = "jwt-private.pem";
    public static final String PUBLIC_KEY = "jwt-public.pem";

    private final Path dir;

    public KeyFiles(Path dir) {
        this.dir = dir;
    }

    public Path privateKey() {
        return dir.resolve(PRIVATE_KEY);
    }

    public Path publicKey() {
        return dir.resolve(PUBLIC_KEY);
    }

    /** Creates the pair unless both files exist; returns this for chaining. */
    public KeyFiles ensureExist() {
        if (Files.exists(privateKey()) && Files.exists(publicKey())) {
            return this;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(dir);
            // getEncoded() of an RSA private key is PKCS#8, of a public key X.509 SubjectPublicKeyInfo.
            Files.writeString(privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            restrictToOwner(privateKey());
            return this;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK offers no RSA key generator", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JWT keys to " + dir, e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file stays readable as the directory allows; it is a development key.
        }
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "deploy/dev-keys");
        KeyFiles keys = new KeyFiles(dir).ensureExist();
        System.out.println("JWT keys (development only): " + keys.privateKey() + ", " + keys.publicKey());
    }
}
