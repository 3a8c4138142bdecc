package org.paperledge.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.paperledge.model.InputException;
import org.paperledge.script.CastMember;
import org.paperledge.script.Script;
import org.paperledge.show.Show;
import org.paperledge.show.VoiceProfile;

/**
 * Who speaks in one episode: the host, the cast members the script lists, and the voice block quotes are read in
 * (none: the current speaker reads them).
 *
 * @param host the show's host, in the script's voice or the show's
 * @param members the cast, by the names turns are marked with
 * @param quotes the quotation voice, if the show has one and the script quotes anything
 * @param roles each speaker's role in the feed ({@code host}, {@code co-host}, {@code guest}), host first
 */
public record Cast(Speaker host, Map<String, Speaker> members, Optional<Speaker> quotes, Map<String, String> roles) {
  public Cast {
    Objects.requireNonNull(host, "host");
    members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
    Objects.requireNonNull(quotes, "quotes");
    roles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(roles));
  }

  /** Loads voice profiles by name. */
  @FunctionalInterface
  public interface Profiles {
    VoiceProfile load(String name) throws InputException;
  }

  /** A cast of the host alone, with no quotation voice. */
  public static Cast of(Speaker host) {
    return new Cast(host, Map.of(), Optional.empty(), Map.of(host.name(), "host"));
  }

  /** The cast of {@code script} in {@code show}, its voices loaded by {@code profiles}. */
  public static Cast of(Script script, Show show, Profiles profiles) throws InputException {
    Speaker host = new Speaker(show.host(), profiles.load(script.meta().voice().orElse(show.voice())));
    Map<String, Speaker> members = new LinkedHashMap<>();
    Map<String, String> roles = new LinkedHashMap<>();
    roles.put(host.name(), "host");
    for (CastMember member : script.meta().cast().values()) {
      members.put(member.name(), new Speaker(member.name(), profiles.load(member.voice())));
      roles.put(member.name(), member.role());
    }
    Optional<Speaker> quotes = Optional.empty();
    boolean quoting = script.chapters().stream().flatMap(c -> c.paragraphs().stream())
        .anyMatch(org.paperledge.script.Script.Paragraph::quote);
    if (show.quoteVoice().isPresent() && quoting) {
      quotes = Optional.of(Speaker.of(profiles.load(show.quoteVoice().get())));
    }
    return new Cast(host, members, quotes, roles);
  }

  /** The speaker of that name: the host or a member. */
  public Speaker speaker(String name) {
    if (name.equals(host.name())) {
      return host;
    }
    Speaker member = members.get(name);
    if (member == null) {
      throw new IllegalArgumentException("no speaker " + name + " in the cast");
    }
    return member;
  }

  /** Every speaker, host first (the quotation voice is not a person of the episode). */
  public List<Speaker> people() {
    List<Speaker> people = new java.util.ArrayList<>();
    people.add(host);
    people.addAll(members.values());
    return people;
  }
}
