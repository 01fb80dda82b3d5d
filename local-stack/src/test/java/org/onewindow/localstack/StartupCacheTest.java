package org.onewindow.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up cache's files and flags; LocalStackTest has JVMs train and use it. */
class StartupCacheTest {

    @TempDir
    Path dir;

    @Test
    void the_first_start_trains_the_aot_cache_and_later_starts_use_it() throws Exception {
        StartupCache cache = preparedCache("review-service");
        Path jar = cache.jar();
        assertThat(cache.launch(null).arguments()).as("a plain jar is not extracted").containsExactly("-jar", jar.toString());
        Path training = cache.trainingOutput("review");
        assertThat(training.getParent()).isEqualTo(jar.resolveSibling("start-cache"));
        assertThat(cache.launch(training).arguments()).isEqualTo(StartupCache.AOT_SUPPORTED
                ? List.of("-XX:AOTCacheOutput=" + training, "-Xlog:aot*=error", "-jar", jar.toString())
                : List.of("-jar", jar.toString()));

        Files.write(training, new byte[] {1, 2, 3});
        cache.trainingEnded(training, true);

        assertThat(training).doesNotExist();
        assertThat(cache.aotCache()).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(cache.launch(cache.trainingOutput("review")).arguments()).as("trained: no second training")
                .isEqualTo(StartupCache.AOT_SUPPORTED
                        ? List.of("-XX:AOTCache=" + cache.aotCache(), "-jar", jar.toString())
                        : List.of("-jar", jar.toString()));
        assertThat(cache.prepare()).isTrue();
        assertThat(cache.aotCache()).as("the same jar keeps its cache").exists();
    }

    @Test
    void a_training_cut_short_is_dropped_and_a_jar_with_other_content_drops_the_cache() throws Exception {
        StartupCache cache = preparedCache("catalog-service");
        Path jar = cache.jar();

        Path training = cache.trainingOutput("catalog");
        Files.write(training, new byte[] {1});
        Files.write(training.resolveSibling(training.getFileName() + ".config"), new byte[] {1});
        cache.trainingEnded(training, false);
        assertThat(cache.aotCache()).doesNotExist();
        assertThat(Files.list(cache.dir()).map(p -> p.getFileName().toString())).containsExactly("stamp");

        Path abandoned = cache.dir().resolve("training-" + Integer.MAX_VALUE + "-catalog.aot");
        Path ours = cache.trainingOutput("catalog-2");
        Files.write(abandoned, new byte[] {1});
        Files.write(ours, new byte[] {1});
        Files.write(cache.aotCache(), new byte[] {1});
        assertThat(cache.prepare()).isTrue();
        assertThat(abandoned).as("its launcher is gone").doesNotExist();
        assertThat(ours).as("this launcher still trains it").exists();
        assertThat(cache.aotCache()).exists();

        LocalStackTest.writeFakeServiceJar(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 10_000));
        assertThat(cache.prepare()).isTrue();
        assertThat(cache.aotCache()).as("rebuilt with the same content (./run-local.sh rebuilds at every start)").exists();

        withOneMoreEntry(jar);
        assertThat(cache.prepare()).isTrue();
        assertThat(cache.aotCache()).as("trained on the jar before it changed").doesNotExist();
        assertThat(cache.launch(null).arguments()).containsExactly("-jar", jar.toString());
    }

    /** A module's jar (a stand-in service) and its start-up cache, prepared. */
    private StartupCache preparedCache(String module) throws IOException {
        Path jar = dir.resolve(module + "/target/" + module + ".jar");
        LocalStackTest.writeFakeServiceJar(jar);
        StartupCache cache = new StartupCache(jar);
        assertThat(cache.prepare()).isTrue();
        return cache;
    }

    /** The jar rewritten with its entries and one more: a build with a class changed. */
    private static void withOneMoreEntry(Path jar) throws IOException {
        Path changed = jar.resolveSibling("changed.jar");
        try (JarFile in = new JarFile(jar.toFile()); var out = new JarOutputStream(Files.newOutputStream(changed))) {
            for (JarEntry entry : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new JarEntry(entry.getName()));
                in.getInputStream(entry).transferTo(out);
            }
            out.putNextEntry(new JarEntry("changed.txt"));
            out.write(1);
        }
        Files.move(changed, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
