package org.paperledge.publish;

import java.util.List;
import org.paperledge.model.Cue;

/** Cues for tests. */
public final class TestCues {
  private TestCues() {}

  /** {@code cues}, every one said by {@code speaker}. */
  public static List<Cue> spokenBy(String speaker, List<Cue> cues) {
    return cues.stream().map(c -> new Cue(c.startMs(), c.endMs(), c.text(), c.chapter(), speaker)).toList();
  }
}
