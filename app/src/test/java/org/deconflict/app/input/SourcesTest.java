package org.deconflict.app.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {

    @TempDir
    Path dir;

    @Test
    void opensPlainAndGzippedFilesAlike() throws Exception {
        byte[] content = Samples.beastStream(50);
        for (Path p : new Path[] {Samples.write(dir, "a.bin", content), Samples.writeGzip(dir, "a.bin.gz", content)}) {
            try (InputStream in = Sources.open(p.toString())) {
                assertThat(in.readAllBytes()).as("%s", p).isEqualTo(content);
            }
        }
    }

    @Test
    void badSourcesGiveOneLine() {
        assertThatThrownBy(() -> Sources.open(dir.resolve("missing.bin").toString()))
                .isInstanceOf(Sources.InputException.class).hasMessageStartingWith("no such file: ");
        assertThatThrownBy(() -> Sources.open("tcp://localhost"))
                .isInstanceOf(Sources.InputException.class).hasMessageStartingWith("missing port in tcp://localhost");
    }
}
