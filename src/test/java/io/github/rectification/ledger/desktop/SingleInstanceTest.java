package io.github.rectification.ledger.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path dir;

    @Test
    void aSecondStartHandsItsFileToTheFirstAndEnds() throws Exception {
        SingleInstance.Start first = SingleInstance.start(dir, null);
        assertThat(first).isInstanceOf(SingleInstance.Primary.class);
        SingleInstance instance = ((SingleInstance.Primary) first).instance();
        List<Optional<Path>> received = new CopyOnWriteArrayList<>();
        try {
            Path ledger = dir.resolve("来自邮件的台账.zgtz");
            assertThat(SingleInstance.start(dir, ledger)).isInstanceOf(SingleInstance.HandedOver.class);
            instance.onRequest(received::add);
            assertThat(SingleInstance.start(dir, null)).isInstanceOf(SingleInstance.HandedOver.class);
            assertThat(received).containsExactly(Optional.of(ledger.toAbsolutePath()), Optional.empty());
        } finally {
            instance.close();
        }
        assertThat(Files.exists(dir.resolve("instance.port"))).isFalse();
        SingleInstance.Start again = SingleInstance.start(dir, null);
        assertThat(again).isInstanceOf(SingleInstance.Primary.class);
        ((SingleInstance.Primary) again).instance().close();
    }

    @Test
    void listensOnLoopbackOnlyAndIgnoresRequestsWithoutTheSecret() throws Exception {
        SingleInstance.Primary first = (SingleInstance.Primary) SingleInstance.start(dir, null);
        List<Optional<Path>> received = new CopyOnWriteArrayList<>();
        first.instance().onRequest(received::add);
        try {
            String[] port = Files.readString(dir.resolve("instance.port")).strip().split(" ");
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(port[0]))) {
                s.getOutputStream().write("wrong\nOPEN\t/etc/passwd\n".getBytes(StandardCharsets.UTF_8));
                s.getOutputStream().flush();
                s.shutdownOutput();
                assertThat(s.getInputStream().read()).isEqualTo(-1);
            }
            assertThat(received).isEmpty();
            assertThat(Files.getPosixFilePermissions(dir.resolve("instance.port"))).containsExactlyInAnyOrder(
                    java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                    java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        } finally {
            first.instance().close();
        }
    }
}
