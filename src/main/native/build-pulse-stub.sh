#!/bin/sh
# Rebuilds the libpulse.so.0 stand-in shipped in the jar (see pulse_stub.c for why).
# Needs gcc; run from anywhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../resources/org/paperledge/audio/libpulse-stub.so"
gcc -shared -fPIC -O2 -s -nostdlib \
  -Wl,-soname,libpulse.so.0 -Wl,--version-script="$here/pulse_stub.map" \
  -Wl,--build-id=none -Wl,--hash-style=gnu \
  -o "$out" "$here/pulse_stub.c"
echo "wrote $out ($(wc -c < "$out") bytes)"
