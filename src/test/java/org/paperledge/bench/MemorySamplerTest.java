package org.paperledge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemorySamplerTest {
  static final String STATUS = """
      Name:\tjava
      State:\tS (sleeping)
      Pid:\t4242
      VmPeak:\t 4321000 kB
      VmSize:\t 4300000 kB
      VmHWM:\t  812345 kB
      VmRSS:\t  700001 kB
      Threads:\t31
      """;

  @Test
  void readsFieldsInKilobytes() {
    assertThat(MemorySampler.kilobytes(STATUS, "VmHWM")).isEqualTo(812_345);
    assertThat(MemorySampler.kilobytes(STATUS, "VmRSS")).isEqualTo(700_001);
  }

  @Test
  void absentFieldsAreMinusOne() {
    String zombie = "Name:\tffmpeg\nState:\tZ (zombie)\nPid:\t77\nThreads:\t1\n";
    assertThat(MemorySampler.kilobytes(zombie, "VmRSS")).isEqualTo(-1);
    assertThat(MemorySampler.kilobytes(STATUS, "VmRS")).as("the whole name, not a prefix").isEqualTo(-1);
  }

  @Test
  void refusesOtherUnits() {
    assertThatThrownBy(() -> MemorySampler.kilobytes("VmRSS:\t12 MB\n", "VmRSS"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void samplesALiveProcess() throws Exception {
    // this JVM: it lives throughout, so at least one sample is taken and it uses some memory
    MemorySampler sampler = MemorySampler.start(ProcessHandle.current(), Duration.ofMillis(10));
    Thread.sleep(100);
    sampler.close();
    assertThat(sampler.samples()).isPositive();
    assertThat(sampler.rootPeakBytes()).isPositive();
    assertThat(sampler.treePeakBytes()).isPositive();
  }

  @Test
  void aChildNotYetRunningItsProgramIsTheJvmItself() {
    assertThat(MemorySampler.ownsItsMemory("Name:\tjava\nVmRSS:\t 550000 kB\n")).isFalse();
    assertThat(MemorySampler.ownsItsMemory("Name:\tffmpeg\nVmRSS:\t 22000 kB\n")).isTrue();
    assertThat(MemorySampler.ownsItsMemory("VmRSS:\t 22000 kB\n")).isTrue();
  }

  @Test
  void aChildStillRunningTheJvmsProgramSharesItsMemory() {
    Optional<Path> java = Optional.of(Path.of("/usr/lib/jvm/java-17/bin/java"));
    Optional<Path> ffmpeg = Optional.of(Path.of("/home/u/.cache/paperledge/ffmpeg-7/ffmpeg"));
    assertThat(MemorySampler.ownsItsMemory(java, java)).isFalse();
    assertThat(MemorySampler.ownsItsMemory(ffmpeg, java)).isTrue();
    assertThat(MemorySampler.ownsItsMemory(Optional.empty(), java)).isTrue();
    assertThat(MemorySampler.ownsItsMemory(java, Optional.empty())).isTrue();
  }
}
