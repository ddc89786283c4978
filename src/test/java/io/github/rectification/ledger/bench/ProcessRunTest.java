package io.github.rectification.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessRunTest {
    @Test
    void readsWallRssAndCpuFromGnuTime() {
        ProcessRun.Result r = ProcessRun.parse("4.47 244844 3.90 0.46\n", 0, "");
        assertThat(r.wallSeconds()).isEqualTo(4.47);
        assertThat(r.cpuSeconds()).isEqualTo(4.36, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.peakKiB()).isEqualTo(244844);
        assertThat(r.peakMiB()).isEqualTo(244844 / 1024.0);
    }

    @Test
    void aFailedCommandKeepsItsExitCodeAndFiguresFromTheLastLine() {
        ProcessRun.Result r = ProcessRun.parse("Command exited with non-zero status 3\n0.52 60000 0.40 0.05", 3, "错误");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.wallSeconds()).isEqualTo(0.52);
    }

    @Test
    void unreadableTimingIsNotANumber() {
        ProcessRun.Result r = ProcessRun.parse("garbage", 1, "out");
        assertThat(r.wallSeconds()).isNaN();
        assertThat(r.output()).contains("garbage");
    }
}
