package org.paperledge.script;

import java.util.Objects;
import java.util.Set;

/**
 * A speaker of an episode besides its host, from the front matter's {@code cast:}.
 *
 * @param name the name turns are marked with ({@code **Maya:**}) and transcripts show
 * @param voice the voice profile that speaks for them
 * @param role {@code co-host} or {@code guest} (the feed's {@code podcast:person} role)
 * @param line the script line that lists them
 */
public record CastMember(String name, String voice, String role, int line) {
  /** The roles a cast member may have. */
  public static final Set<String> ROLES = Set.of("co-host", "guest");

  public CastMember {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(voice, "voice");
    if (!ROLES.contains(role)) {
      throw new IllegalArgumentException("role must be one of " + ROLES + ", not " + role);
    }
  }

  /** Whether {@code name} can name a speaker: letters first, then letters, digits, spaces, '.', ''' or '-'. */
  public static boolean isName(String name) {
    return name.length() <= 40 && name.matches("\\p{L}[\\p{L}\\p{N} .'’-]*") && !name.endsWith(" ");
  }
}
