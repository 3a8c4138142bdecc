package org.paperledge.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LoudnessTest {

  /** The tail of a real {@code ffmpeg -af loudnorm=print_format=json -f null -} run. */
  private static final String STDERR = """
      Input #0, wav, from 'mix.wav':
        Duration: 00:05:08.00, bitrate: 768 kb/s
        Stream #0:0: Audio: pcm_s16le ([1][0][0][0] / 0x0001), 48000 Hz, mono, s16, 768 kb/s
      Stream mapping:
        Stream #0:0 -> #0:0 (pcm_s16le (native) -> pcm_s16le (native))
      Output #0, null, to 'pipe:':
        Metadata:
          encoder         : Lavf61.7.100
      size=N/A time=00:05:08.00 bitrate=N/A speed= 512x
      [Parsed_loudnorm_0 @ 0x5581d1b0a8c0]\s
      {
      \t"input_i" : "-23.54",
      \t"input_tp" : "-4.47",
      \t"input_lra" : "6.30",
      \t"input_thresh" : "-34.02",
      \t"output_i" : "-16.01",
      \t"output_tp" : "-1.50",
      \t"output_lra" : "5.10",
      \t"output_thresh" : "-26.44",
      \t"normalization_type" : "dynamic",
      \t"target_offset" : "0.01"
      }
      """;

  @Test
  void readsTheInputMeasurements() throws ToolException {
    Loudness loudness = Loudness.parse(STDERR);

    assertThat(loudness.integrated()).isCloseTo(-23.54, within(1e-9));
    assertThat(loudness.truePeak()).isCloseTo(-4.47, within(1e-9));
    assertThat(loudness.range()).isCloseTo(6.30, within(1e-9));
    assertThat(loudness.threshold()).isCloseTo(-34.02, within(1e-9));
  }

  @Test
  void outputFieldsDoNotOverrideInputFields() throws ToolException {
    String reordered = "{\n\"output_i\" : \"-16.00\",\n\"output_tp\" : \"-1.00\",\n\"output_lra\" : \"1.00\",\n"
        + "\"output_thresh\" : \"-26.00\",\n\"input_i\" : \"-20.00\",\n\"input_tp\" : \"-3.00\",\n"
        + "\"input_lra\" : \"4.00\",\n\"input_thresh\" : \"-30.00\",\n\"target_offset\" : \"+0.25\"\n}\n";

    assertThat(Loudness.parse(reordered)).isEqualTo(new Loudness(-20.0, -3.0, 4.0, -30.0));
  }

  @Test
  void positiveValuesWithPlusSignAndIntegers() throws ToolException {
    String json = "{ \"input_i\" : \"-5\", \"input_tp\" : \"+0.30\", \"input_lra\" : \"12\","
        + " \"input_thresh\" : \"-15.5\" }";

    assertThat(Loudness.parse(json)).isEqualTo(new Loudness(-5.0, 0.3, 12.0, -15.5));
  }

  @Test
  void minusInfinityFromSilenceBecomesMinus99() throws ToolException {
    String silent = "[Parsed_loudnorm_0 @ 0x1]\n{\n\t\"input_i\" : \"-inf\",\n\t\"input_tp\" : \"-inf\",\n"
        + "\t\"input_lra\" : \"0.00\",\n\t\"input_thresh\" : \"-inf\",\n\t\"output_i\" : \"-inf\",\n"
        + "\t\"output_tp\" : \"-inf\",\n\t\"output_lra\" : \"0.00\",\n\t\"output_thresh\" : \"-inf\",\n"
        + "\t\"normalization_type\" : \"dynamic\",\n\t\"target_offset\" : \"inf\"\n}\n";

    Loudness loudness = Loudness.parse(silent);

    assertThat(loudness).isEqualTo(new Loudness(-99.0, -99.0, 0.0, -99.0));
    assertThat(loudness.integrated()).isFinite();
  }

  @Test
  void usesTheLastJsonBlock() throws ToolException {
    String twice = "{ \"input_i\" : \"-1.00\", \"input_tp\" : \"-1.00\", \"input_lra\" : \"1.00\","
        + " \"input_thresh\" : \"-1.00\" }\n" + STDERR;

    assertThat(Loudness.parse(twice).integrated()).isCloseTo(-23.54, within(1e-9));
  }

  @Test
  void missingBlockIsAToolException() {
    assertThatThrownBy(() -> Loudness.parse("Conversion failed!\n")).isInstanceOf(ToolException.class)
        .hasMessageContaining("loudness");
    assertThatThrownBy(() -> Loudness.parse("")).isInstanceOf(ToolException.class);
  }

  @Test
  void incompleteBlockIsAToolException() {
    String partial = "{\n\t\"input_i\" : \"-23.54\",\n\t\"input_tp\" : \"-4.47\",\n\t\"input_lra\" : \"6.30\"\n}\n";
    assertThatThrownBy(() -> Loudness.parse(partial)).isInstanceOf(ToolException.class)
        .hasMessageContaining("incomplete");
  }

  @Test
  void unquotedOrGarbageValuesAreNotAccepted() {
    String garbage = "{ \"input_i\" : \"abc\", \"input_tp\" : -1.0, \"input_lra\" : \"1\", \"input_thresh\" : \"1\" }";
    assertThatThrownBy(() -> Loudness.parse(garbage)).isInstanceOf(ToolException.class);
  }
}
