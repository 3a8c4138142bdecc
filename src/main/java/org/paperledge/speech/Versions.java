package org.paperledge.speech;

import java.util.regex.Matcher;

/**
 * Versions and product numbers: "Python 3.12" three point twelve (a version, not a decimal), "v0.4.1" version
 * zero point four point one, "RTX 4090" forty ninety.
 */
final class Versions {
  /** Words after which "3.12" is a version: languages, systems, tools, and the word itself. */
  static final String PRODUCTS = "(?:Python|Java|JDK|CUDA|cuDNN|Ubuntu|Debian|Fedora|macOS|iOS|Android|Windows|"
      + "Linux|PyTorch|TensorFlow|JAX|Keras|Go|Rust|Scala|Ruby|Perl|PHP|Julia|MATLAB|Kotlin|Swift|GCC|LLVM|Clang|"
      + "Chrome|Firefox|Unicode|HTTP|TLS|Bluetooth|USB|Spark|Kafka|PostgreSQL|Postgres|MySQL|SQLite|Redis|Docker|"
      + "Kubernetes|React|Django|Flask|NumPy|Node|Gradle|Maven|Xcode|ONNX|OpenCV|version|Version|release|"
      + "Release|versions|releases)";
  /** Product lines whose four-digit model numbers are read in pairs ("forty ninety"). */
  static final String PAIRED = "(?:RTX|GTX|RX|Quadro)";

  private Versions() {}

  /** Says dotted version numbers: "3.12" three point twelve, "2.0" two point oh, "1.05" one point oh five. */
  static String say(String dotted) {
    String[] parts = dotted.split("\\.");
    StringBuilder out = new StringBuilder(NumberWords.cardinal(parts[0]));
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      out.append(" point ");
      if (p.equals("0")) {
        out.append("oh");
      } else if (p.startsWith("0") || p.length() > 4) {
        out.append(NumberWords.digits(p).replace("zero", "oh"));
      } else {
        out.append(NumberWords.cardinal(p));
      }
    }
    return out.toString();
  }

  /** "v0.4.1": version zero point four point one. */
  static void prefixed(Matcher m, Emitter out) {
    out.words("version " + say(m.group(1)));
  }

  /** "Python 3.12", "2.0.1": the numbers as a version. */
  static void dotted(Matcher m, Emitter out) {
    out.words(say(m.group(1)));
  }

  /** "RTX 4090": forty ninety. */
  static void paired(Matcher m, Emitter out) {
    out.words(CalendarWords.year(Integer.parseInt(m.group(1))));
  }
}
