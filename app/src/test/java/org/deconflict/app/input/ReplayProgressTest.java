package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(10)
class ReplayProgressTest {

    @TempDir
    Path dir;

    @Test
    void drawsBytesReadOfTheTotal() throws Exception {
        AtomicLong read = new AtomicLong();
        List<String> lines = new CopyOnWriteArrayList<>();
        long total = 8L << 20;
        try (ReplayProgress p = ReplayProgress.toLines("replay", read::get, total, lines::add, Duration.ofMillis(20))) {
            read.set(total / 4);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (lines.stream().noneMatch(l -> l.contains("2/8MiB")) && System.nanoTime() < deadline) {
                // the first line takes a while (the library sets up its terminal), and it redraws only on change
                Thread.sleep(20);
                read.incrementAndGet();
            }
            assertThat(lines).anySatisfy(l -> assertThat(l).contains("replay", "2/8MiB", "MiB/s"));
            read.set(total);
        }
        assertThat(lines.get(lines.size() - 1)).contains("replay", "100%", "8/8MiB");
        assertThat(InputThreads.alive("")).isEmpty();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("dc-progress-"));
    }

    @Test
    void sumsTheFilesOfAGroup() throws Exception {
        Path a = Samples.write(dir, "a.bin", Samples.beastStream(1000));
        Path b = Samples.writeGzip(dir, "b.bin.gz", Samples.beastStream(3000));
        try (InputGroup g = InputGroup.start(List.of(new InputSpec.File(a, null), new InputSpec.File(b, null),
                new InputSpec.TcpListen("127.0.0.1", 0, StreamFormat.BEAST)), new RecordingHandler(),
                InputConfig.defaults(), new ReceiverIds())) {
            assertThat(g.awaitFinite(Duration.ofSeconds(5))).isTrue();
            long size = Files.size(a) + Files.size(b);
            assertThat(ReplayProgress.totalBytes(g.inputs())).isEqualTo(size);
            assertThat(ReplayProgress.bytesRead(g.inputs()).getAsLong()).isEqualTo(size);
        }
    }
}
