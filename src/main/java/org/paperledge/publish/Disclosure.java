package org.paperledge.publish;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * How the feed says that its voices are synthetic: the Podcasting 2.0 namespace's
 * {@code <podcast:txt purpose="ai-content">true</podcast:txt>} in the channel and in every item (the namespace's
 * known purpose for AI-generated content, which works like {@code itunes:explicit}), and a sentence in the text
 * people read (the descriptions and show notes), since few apps read the tag yet and Apple asks for the disclosure
 * where listeners see it.
 */
public final class Disclosure {
  /** The {@code purpose} of the {@code podcast:txt} element. */
  public static final String PURPOSE = "ai-content";
  /** The sentence in the show's description. */
  public static final String SHOW = "Every voice in this show is synthetic: the scripts are read by text-to-speech"
      + " software (MaryTTS).";
  /** The sentence in each episode's description and show notes. */
  public static final String EPISODE = "Every voice in this episode is synthetic: the script is read by"
      + " text-to-speech software (MaryTTS).";

  private Disclosure() {}

  /** {@code text} followed by {@code sentence}, in a paragraph of its own, unless it already says it. */
  public static String appendTo(String text, String sentence) {
    String stripped = text.strip();
    if (stripped.contains(sentence)) {
      return stripped;
    }
    return stripped.isEmpty() ? sentence : stripped + "\n\n" + sentence;
  }

  /** Adds {@code <podcast:txt purpose="ai-content">true</podcast:txt>} to {@code parent} unless it has one. */
  static void tag(Element parent) {
    if (hasTag(parent)) {
      return;
    }
    Xml.add(parent, Feed.PODCAST, "podcast:txt", "true").setAttribute("purpose", PURPOSE);
  }

  /** Whether {@code parent} has a {@code podcast:txt} child for AI content. */
  static boolean hasTag(Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && Feed.PODCAST.equals(e.getNamespaceURI()) && "txt".equals(e.getLocalName())
          && PURPOSE.equals(e.getAttribute("purpose"))) {
        return true;
      }
    }
    return false;
  }
}
