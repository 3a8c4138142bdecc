package org.paperledge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The preview benchmark's edits: each round's paragraph is new text, and a heading edit touches the heading only. */
class PreviewBenchmarkTest {
  @Test
  void everyRoundEditsTheParagraphIntoTextNoOtherRoundUsed() {
    Set<String> seen = new HashSet<>();
    for (int k = 0; k < 12; k++) {
      String paragraph = PreviewBenchmark.paragraph(k);
      assertThat(seen.add(paragraph)).isTrue();
      assertThat(paragraph).contains("sensors to " + (413 + k) + " trees")
          .doesNotContain("412").doesNotContain("a million");
      assertThat(paragraph.split(" ")).hasSameSizeAs(PipelineBenchmark.EDITED_PARAGRAPH.split(" "));
    }
  }

  @Test
  void aHeadingEditChangesTheFirstChapterHeadingsWordsAndNothingElse() {
    String text = "---\ntitle: T\n---\nIntro.\n\n## Trees make noise\n\nBody.\n\n## Later\n\nMore.\n";
    String once = PreviewBenchmark.headingEdit(text, 0);
    assertThat(once).isEqualTo(text.replace("## Trees make noise", "## Trees make noise (take 0)"));
    assertThat(PreviewBenchmark.headingOf(once)).isEqualTo("Trees make noise (take 0)");
    assertThat(PreviewBenchmark.headingEdit(once, 2)).isEqualTo(text.replace("## Trees make noise",
        "## Trees make noise (take 2)"));
  }
}
