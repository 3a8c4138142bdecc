#!/usr/bin/env python3
"""Reliability suite: broken inputs, injected faults, SIGKILL during render and feed, a full disk, a soak.
After every fault, every published file must be whole and the feed must parse and name only whole files.
Prints a summary; exits 1 if any file was lost or corrupted or any expectation failed.
Usage: reliability.py [KILLS] [--long] [--soak N]   (from the repository root after `mvn verify`, which
builds the jar and the test classes; --long adds a 10,000-word paragraph, about an hour of speech; --soak N
pushes N distinct sentences through the synthesis threads, 3,000 by default, 0 for none)"""
import glob
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

JAR = "target/paperledge.jar"
WORK = os.path.abspath("target/reliability")
JAVA = ["java", "-XX:+UseSerialGC", "-jar", JAR]
random.seed(20261126)
stats = {"inputs tried": 0, "faults injected": 0, "kills survived": 0, "files lost or corrupted": 0,
         "expectations failed": 0}


def run(args, **kw):
    return subprocess.run(JAVA + args, capture_output=True, text=True, **kw)


def fail(message):
    print("  FAIL " + message)
    stats["expectations failed"] += 1


def whole_mp3(path):
    out = subprocess.run(["mp3val", path], capture_output=True, text=True).stdout
    return not any(line.startswith(("WARNING", "ERROR")) for line in out.splitlines())


def check_published(out):
    """Every published file is whole; the feed parses and names only whole files of the stated size."""
    bad = []
    for mp3 in glob.glob(os.path.join(out, "*.mp3")):
        if not whole_mp3(mp3):
            bad.append(mp3)
    for item in glob.glob(os.path.join(out, "*.xml")):
        try:
            ET.parse(item)
        except ET.ParseError:
            bad.append(item)
    for js in glob.glob(os.path.join(out, "*.chapters.json")):
        try:
            json.load(open(js))
        except ValueError:
            bad.append(js)
    for vtt in glob.glob(os.path.join(out, "*.vtt")):
        if not open(vtt, encoding="utf-8").read().startswith("WEBVTT\n"):
            bad.append(vtt)
    feed = os.path.join(out, "feed.xml")
    if os.path.exists(feed):
        try:
            root = ET.parse(feed).getroot()
            for enc in root.iter("enclosure"):
                name = enc.get("url").rsplit("/", 1)[-1]
                path = os.path.join(out, name)
                if not os.path.exists(path) or os.path.getsize(path) != int(enc.get("length")):
                    bad.append(f"feed names {name} with length {enc.get('length')}")
        except ET.ParseError:
            bad.append(feed)
    for b in bad:
        print(f"  CORRUPT {b}")
    stats["files lost or corrupted"] += len(bad)
    return not bad


def bad_inputs():
    print("bad inputs:")
    for script in sorted(glob.glob("src/test/resources/scripts/broken/*.md")):
        out = os.path.join(WORK, "bad-out")
        r = run(["render", script, "--out", out])
        stats["inputs tried"] += 1
        lines = r.stderr.strip().splitlines()
        if r.returncode != 2 or len(lines) != 1 or not lines[0].startswith(f"paperledge: {script}") \
                or "Exception" in r.stderr or os.path.exists(out):
            fail(f"{script}: exit {r.returncode}, stderr {r.stderr.strip()[:200]!r}")
    print(f"  {stats['inputs tried']} broken scripts: exit 2, one line, nothing written")


def fake_ffmpeg(name, body):
    folder = os.path.join(WORK, "bin-" + name)
    os.makedirs(folder, exist_ok=True)
    for tool, text in (("ffmpeg", body), ("ffprobe", "#!/bin/sh\nexit 0\n")):
        path = os.path.join(folder, tool)
        with open(path, "w") as f:
            f.write(text)
        os.chmod(path, 0o755)
    return os.path.join(folder, "ffmpeg")


def faults(script, out, cache):
    print("faults:")
    cases = {
        "exits 1": ("#!/bin/sh\necho 'disk on fire' >&2\nexit 1\n", "exited with status 1"),
        "crashes": ("#!/bin/sh\nkill -SEGV $$\n", "killed by signal 11"),
        "hangs": ("#!/bin/sh\nexec sleep 600\n", "did not finish within 3 s"),
        "not executable": (None, "is not an executable file"),
    }
    for name, (body, expected) in cases.items():
        before = snapshot(out)
        if body is None:
            ffmpeg = os.path.join(WORK, "no-such-ffmpeg")
        else:
            ffmpeg = fake_ffmpeg(name.replace(" ", "-"), body)
        env = dict(os.environ, PAPERLEDGE_FFMPEG_TIMEOUT="3")
        r = subprocess.run(JAVA + ["render", script, "--out", out, "--cache", cache, "--force",
                                   "--ffmpeg", ffmpeg], capture_output=True, text=True, env=env)
        stats["faults injected"] += 1
        if r.returncode != 1 or expected not in r.stderr or "\tat " in r.stderr:
            fail(f"ffmpeg {name}: exit {r.returncode}, {r.stderr.strip()[:200]!r}")
        if snapshot(out) != before:
            fail(f"ffmpeg {name}: the output folder changed")
        print(f"  ffmpeg {name}: exit {r.returncode}: {r.stderr.strip().splitlines()[0][:110]}")


def snapshot(out):
    files = {}
    for name in sorted(os.listdir(out)) if os.path.isdir(out) else []:
        with open(os.path.join(out, name), "rb") as f:
            files[name] = hash(f.read())
    return files


def kills(script, out, cache, count):
    print(f"kills ({count}):")
    start = time.time()
    r = run(["render", script, "--out", out, "--cache", cache, "--force"])
    typical = time.time() - start
    if r.returncode != 0:
        fail("baseline render: " + r.stderr)
        return
    text = open(script, encoding="utf-8").read()
    for i in range(count):
        feed_kill = i % 4 == 3
        if not feed_kill:
            # change one sentence, so the run really renders (one segment misses the cache)
            with open(script, "w", encoding="utf-8") as f:
                f.write(text.replace("Run number zero.", f"Run number {i + 1}."))
        args = ["feed", "--out", out] if feed_kill else ["render", script, "--out", out, "--cache", cache]
        proc = subprocess.Popen(JAVA + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        delay = random.uniform(0.2, 1.5 if feed_kill else typical)
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        stats["faults injected"] += 1
        if check_published(out):
            stats["kills survived"] += 1
        else:
            fail(f"kill {i + 1} ({'feed' if feed_kill else 'render'} after {delay:.1f} s) left damage")
    r = run(["render", script, "--out", out, "--cache", cache])
    leftovers = [n for n in os.listdir(out) if n.endswith(".part")]
    if r.returncode != 0 or leftovers or not check_published(out):
        fail(f"re-run after kills: exit {r.returncode}, leftovers {leftovers}, {r.stderr.strip()[:200]!r}")
    else:
        print(f"  {stats['kills survived']} of {count} kills left every published file whole; the re-run "
              "completed and removed the temporary files")
    with open(script, "w", encoding="utf-8") as f:
        f.write(text)


def full_disk(script, cache):
    print("full disk:")
    mnt = os.path.join(WORK, "tiny")
    os.makedirs(mnt, exist_ok=True)
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mnt],
                                            capture_output=True).returncode != 0:
        print("  cannot mount a small tmpfs here (not root); skipped")
        return
    try:
        out = os.path.join(mnt, "out")
        r = run(["render", script, "--out", out, "--cache", cache, "--force"])
        stats["faults injected"] += 1
        if r.returncode != 1 or "No space left" not in r.stderr:
            fail(f"full disk: exit {r.returncode}, {r.stderr.strip()[:200]!r}")
        leftovers = [n for n in os.listdir(out)] if os.path.isdir(out) else []
        published = [n for n in leftovers if not n.startswith(".")]
        if published and not check_published(out):
            fail("full disk left a damaged file")
        print(f"  exit {r.returncode}: {r.stderr.strip().splitlines()[0][:120]}; published files: {published}")
    finally:
        subprocess.run(["umount", mnt])


def file_size_limit(script, cache):
    """A disk that fills up, simulated without mounting: a file-size limit (RLIMIT_FSIZE) on the run."""
    print("simulated full disk (file size limit of 200 KB):")
    out = os.path.join(WORK, "limited-out")
    cmd = "ulimit -f 200 && exec " + " ".join(JAVA + ["render", script, "--out", out, "--cache", cache,
                                                     "--no-cache", "--force"])
    r = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True)
    stats["faults injected"] += 1
    published = [n for n in os.listdir(out) if not n.startswith(".")] if os.path.isdir(out) else []
    if r.returncode != 1 or "\tat " in r.stderr or published:
        fail(f"file size limit: exit {r.returncode}, published {published}, {r.stderr.strip()[:200]!r}")
    print(f"  exit {r.returncode}: {r.stderr.strip().splitlines()[0][:120] if r.stderr.strip() else ''};"
          f" published files: {published}")


def read_only(script, cache):
    print("read-only output folder:")
    mnt = os.path.join(WORK, "ro")
    os.makedirs(mnt, exist_ok=True)
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", mnt],
                                            capture_output=True).returncode != 0:
        print("  cannot mount a read-only tmpfs here (not root); skipped")
        return
    try:
        r = run(["render", script, "--out", os.path.join(mnt, "out"), "--cache", cache, "--force"])
        stats["faults injected"] += 1
        if r.returncode != 1 or "Read-only file system" not in r.stderr or "\tat " in r.stderr:
            fail(f"read-only: exit {r.returncode}, {r.stderr.strip()[:200]!r}")
        print(f"  exit {r.returncode}: {r.stderr.strip().splitlines()[0][:120]}")
    finally:
        subprocess.run(["umount", mnt])


def concurrent(out, cache):
    print("two renders on one output folder at once:")
    scripts = []
    for name in ("2026-03-02-left", "2026-03-03-right"):
        path = os.path.join(WORK, name + ".md")
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: {name}\ndate: {name[:10]}\n---\nThis is {name.split('-')[-1]}. It races.\n")
        scripts.append(path)
    procs = [subprocess.Popen(JAVA + ["render", s, "--out", out, "--cache", cache], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for s in scripts]
    results = [p.communicate() + (p.returncode,) for p in procs]
    stats["faults injected"] += 1
    waited = any("waiting for another paperledge command" in err for _, err, _ in results)
    if any(code != 0 for _, _, code in results) or not check_published(out):
        fail(f"concurrent renders: exits {[c for _, _, c in results]}")
    feed = ET.parse(os.path.join(out, "feed.xml")).getroot()
    titles = [i.findtext("title") for i in feed.iter("item")]
    if not {"2026-03-02-left", "2026-03-03-right"} <= set(titles):
        fail(f"concurrent renders: the feed lists {titles}")
    print(f"  both exited 0, one waited for the other: {waited}; the feed lists {len(titles)} episodes")


# Issue 16: a damaged cache never reaches an episode, a cache that cannot be written costs only time, a stopped
# run leaves nothing behind; the fuzz tests' count (they run in `mvn test`). `--stops N` sets how many stops
# (12 by default).
DAMAGE_SENTENCES = ["The trees were thirsty.", "Sensors listened all night.", "A model counted the clicks.",
                    "Nobody expected the result.", "The forest went quiet at noon.", "Water moved up the trunk.",
                    "We asked the authors why.", "That is all for today."]


def java_in(tmp):
    """The java command with its own temporary folder, so that what a run leaves there can be seen."""
    os.makedirs(tmp, exist_ok=True)
    return ["java", "-XX:+UseSerialGC", f"-Djava.io.tmpdir={tmp}", "-jar", JAR]


def left_in_tmp(tmp):
    """What a run left in its temporary folder, besides the output locks (kept on purpose, empty)."""
    return sorted(n for n in os.listdir(tmp) if n != "paperledge-locks") if os.path.isdir(tmp) else []


def parts_under(*folders):
    return [os.path.join(d, n) for folder in folders if os.path.isdir(folder)
            for d, _, names in os.walk(folder) for n in names if n.startswith(".") and n.endswith(".part")]


def damage_entries(cache):
    """A third of each store's entries: half cut short, half with one bit flipped, and in the stores of many
    entries every third one replaced by another key's entry. Returns (store, how, path) for each."""
    hurt = []
    for store in ("segments", "encoded", "music", "cover"):
        entries = sorted(os.path.join(d, n) for d, _, names in os.walk(os.path.join(cache, store)) for n in names
                         if not n.startswith("."))
        chosen = random.sample(entries, max(1, len(entries) // 3)) if entries else []
        intact = [e for e in entries if e not in chosen]
        for i, entry in enumerate(chosen):
            data = bytearray(open(entry, "rb").read())
            if i % 3 == 2 and intact:
                shutil.copyfile(intact[i % len(intact)], entry)
                how = "swapped"
            elif i % 2 == 0:
                data = data[:random.randrange(len(data))]
                how = "truncated"
            else:
                at = random.randrange(len(data))
                data[at] ^= 1 << random.randrange(8)
                how = "flipped"
            if how != "swapped":
                with open(entry, "wb") as f:
                    f.write(data)
            hurt.append((store, how, entry))
    return hurt


def cache_damage():
    print("damaged cache entries:")
    folder = os.path.join(WORK, "damage")
    os.makedirs(folder, exist_ok=True)
    scripts = []
    for e in range(6):
        path = os.path.join(folder, f"2026-05-0{e + 1}-damage-{e}.md")
        s = DAMAGE_SENTENCES
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: Damage {e}\ndate: 2026-05-0{e + 1}\n---\n## Part one\n\n{s[e]} {s[(e + 1) % 8]}\n\n"
                    f"## Part two\n\n{s[(e + 3) % 8]} {s[7]}\n")
        scripts.append(path)
    cache, first, reference, again = (os.path.join(folder, n) for n in ("cache", "first", "reference", "again"))
    for args in (["--out", first, "--cache", cache], ["--out", reference, "--no-cache"]):
        r = run(["render"] + scripts + args)
        if r.returncode != 0:
            fail(f"cache damage: render {' '.join(args)}: exit {r.returncode}, {r.stderr.strip()[:200]!r}")
            return
    hurt = damage_entries(cache)
    report = os.path.join(folder, "report.json")
    r = run(["render"] + scripts + ["--out", again, "--cache", cache, "--force", "--report", report])
    stats["faults injected"] += len(hurt)
    warnings = [line for line in r.stderr.splitlines()
                if line.startswith("paperledge: warning: cache entry ") and line.endswith("dropped, and made again")]
    differing = []
    for script in scripts:
        slug = os.path.basename(script)[:-3]
        with open(os.path.join(again, slug + ".mp3"), "rb") as a, open(os.path.join(reference, slug + ".mp3"),
                                                                            "rb") as b:
            if a.read() != b.read():
                differing.append(slug)
    reported = json.load(open(report))["episodes"] if os.path.exists(report) else []
    counted = sum(e.get("cacheDamaged", 0) for e in reported)
    kinds = {}
    for store, how, _ in hurt:
        kinds.setdefault(store, {}).setdefault(how, 0)
        kinds[store][how] += 1
    for store, hows in kinds.items():
        print(f"  {store}: " + ", ".join(f"{n} {how}" for how, n in sorted(hows.items())))
    stats["cache entries damaged"] = len(hurt)
    stats["damaged-cache renders identical to cache-free"] = f"{len(scripts) - len(differing)}/{len(scripts)}"
    if r.returncode != 0 or differing or len(warnings) != len(hurt) or counted != len(hurt) \
            or not check_published(again):
        fail(f"cache damage: exit {r.returncode}, {len(warnings)} warnings and {counted} in --report for"
             f" {len(hurt)} damaged entries, MP3s differing from the cache-free render: {differing}")
    print(f"  {len(hurt)} entries damaged; rendered again with --force: exit {r.returncode}, {len(warnings)} warnings,"
          f" --report counts {counted}; {len(scripts) - len(differing)} of {len(scripts)} MP3s byte-identical to"
          " the cache-free render")
    if warnings:
        print("  e.g. " + warnings[0][:150])


def unwritable_cache(script):
    print("cache folder on a full or a read-only file system:")
    if os.geteuid() != 0:
        print("  cannot mount a tmpfs here (not root); skipped (CacheDamageTest covers a cache that is a file)")
        return
    reference = os.path.join(WORK, "cache-free")
    r = run(["render", script, "--out", reference, "--no-cache", "--force"])
    if r.returncode != 0:
        fail(f"unwritable cache: reference render: exit {r.returncode}, {r.stderr.strip()[:200]!r}")
        return
    slug = os.path.basename(script)[:-3]
    for kind, options in (("full", "size=1m"), ("read-only", "ro,size=1m")):
        mnt = os.path.join(WORK, "cache-" + kind)
        os.makedirs(mnt, exist_ok=True)
        if subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", mnt], capture_output=True).returncode:
            print(f"  cannot mount a {kind} tmpfs here; skipped")
            continue
        try:
            if kind == "full":
                with open(os.path.join(mnt, "filler"), "wb") as f:
                    try:
                        while True:
                            f.write(b"\0" * 65536)
                            f.flush()
                    except OSError:
                        pass
            out, tmp = os.path.join(WORK, "cache-" + kind + "-out"), os.path.join(WORK, "cache-" + kind + "-tmp")
            r = subprocess.run(java_in(tmp) + ["render", script, "--out", out, "--cache", mnt, "--force"],
                               capture_output=True, text=True)
            stats["faults injected"] += 1
            said = [line for line in r.stderr.splitlines() if "warning: cannot write the cache in" in line]
            same = r.returncode == 0 and open(os.path.join(out, slug + ".mp3"), "rb").read() == \
                open(os.path.join(reference, slug + ".mp3"), "rb").read()
            left = left_in_tmp(tmp)
            if r.returncode != 0 or len(said) != 1 or not same or left or "\tat " in r.stderr:
                fail(f"{kind} cache: exit {r.returncode}, warnings {said}, same MP3 {same}, left in tmp {left},"
                     f" {r.stderr.strip()[:300]!r}")
            stats[f"renders with a {kind} cache"] = "ok" if r.returncode == 0 and same and len(said) == 1 else "FAILED"
            print(f"  {kind}: exit {r.returncode}, MP3 identical to the cache-free render: {same}; "
                  f"{said[0][len('paperledge: '):][:150] if said else 'no warning'}")
        finally:
            subprocess.run(["umount", mnt])


def stops(script, out, cache, count):
    """SIGTERM to the process, or SIGINT to its process group as Ctrl-C sends it, at a random moment of a
    render, a feed or a publish: exit 143 or 130 within 2 s, no temporary file left (output, cache, host,
    java.io.tmpdir), no FFmpeg left running, every published file whole; the next run completes the work."""
    print(f"stops ({count}: render, feed and publish in turn; SIGTERM to the JVM, then SIGINT to its group):")
    host = os.path.join(WORK, "host")
    text = open(script, encoding="utf-8").read()
    manifest = os.path.join(host, "paperledge-manifest.txt")
    commands = {"render": ["render", script, "--out", out, "--cache", cache],
                "feed": ["feed", "--out", out],
                "publish": ["publish", "--to", host, "--out", out]}
    typical = {}
    for name, args in commands.items():
        start = time.time()
        r = run(args)
        typical[name] = time.time() - start
        if r.returncode != 0:
            fail(f"stops: {name} before the stops: exit {r.returncode}, {r.stderr.strip()[:200]!r}")
            return
    stopped = clean = early = 0
    slowest = 0.0
    for i in range(count):
        name = list(commands)[i % 3]
        sig = signal.SIGTERM if (i // 3) % 2 == 0 else signal.SIGINT
        if name == "render":  # one sentence changed, so the run really renders
            with open(script, "w", encoding="utf-8") as f:
                f.write(text.replace("Run number zero.", f"Run number {100 + i}."))
        if name == "publish" and os.path.exists(manifest):
            os.remove(manifest)  # the host forgets what it has, so everything is sent again
        tmp = os.path.join(WORK, f"stop-tmp-{i}")
        proc = subprocess.Popen(java_in(tmp) + commands[name], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, start_new_session=True)
        delay = random.uniform(0.3, max(0.6, typical[name]))
        time.sleep(delay)
        if proc.poll() is not None:
            early += 1
            proc.communicate()
            continue
        sent = time.time()
        if sig == signal.SIGINT:
            os.killpg(proc.pid, signal.SIGINT)
        else:
            os.kill(proc.pid, signal.SIGTERM)
        try:
            _, err = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            _, err = proc.communicate()
        took = time.time() - sent
        stopped += 1
        stats["faults injected"] += 1
        slowest = max(slowest, took)
        problems = []
        expected = 130 if sig == signal.SIGINT else 143
        if proc.returncode not in (expected, 0):  # 0: it finished as the signal came
            problems.append(f"exit {proc.returncode}, not {expected}")
        if took > 2.0:
            problems.append(f"took {took:.1f} s to stop")
        left = parts_under(out, cache, host) + left_in_tmp(tmp)
        if left:
            problems.append(f"left {left[:4]}")
        running = subprocess.run(["pgrep", "-f", tmp], capture_output=True, text=True).stdout.split()
        if running:
            problems.append(f"processes still running: {running}")
        if "\tat " in err or "Exception" in err:
            problems.append(f"stderr {err.strip()[:200]!r}")
        if not check_published(out) or not check_published(host):
            problems.append("a published file was damaged")
        again = subprocess.run(java_in(tmp) + commands[name], capture_output=True, text=True)
        if again.returncode != 0 or "waiting for another paperledge command" in again.stderr:
            problems.append(f"the next {name}: exit {again.returncode}, {again.stderr.strip()[:200]!r}")
        if name == "render" and "up to date" not in run(commands[name]).stdout:
            problems.append("the episode was not up to date after the next render")
        if name == "publish" and not same_audio(out, host):
            problems.append("the host's MP3s differ from the output folder's after the next publish")
        what = f"{name}, {signal.Signals(sig).name} after {delay:.1f} s: exit {proc.returncode} in {took:.2f} s"
        if problems:
            fail(what + ": " + "; ".join(problems))
        else:
            clean += 1
            last = err.strip().splitlines()[-1] if err.strip() else "paperledge: (nothing on stderr)"
            print("  " + what + "; " + last[len("paperledge: "):])
    with open(script, "w", encoding="utf-8") as f:
        f.write(text)
    stats["stops"] = stopped
    stats["stops clean"] = clean
    stats["slowest stop s"] = round(slowest, 2)
    print(f"  {clean} of {stopped} stops exited 130/143 within 2 s (slowest {slowest:.2f} s) with nothing left"
          f" behind, published files whole, and the next run completing the work; {early} runs finished before"
          " their signal")


def same_audio(out, host):
    names = [n for n in os.listdir(out) if n.endswith(".mp3")]
    return all(os.path.exists(os.path.join(host, n)) and open(os.path.join(out, n), "rb").read()
               == open(os.path.join(host, n), "rb").read() for n in names)


def fuzz_summary():
    """The fuzz tests run in `mvn test` (surefire) and write their count and time to target/fuzz-report.txt."""
    print("fuzzed inputs (from `mvn test`):")
    path = "target/fuzz-report.txt"
    if not os.path.exists(path):
        print(f"  no {path}: run `mvn test` first (src/test/java/org/paperledge/fuzz writes it)")
        stats["fuzz cases"] = "not run"
        return
    lines = open(path, encoding="utf-8").read().splitlines()
    for line in lines:
        print("  " + line)
    total = [line for line in lines if line.startswith("total: ")]
    if total:
        parts = total[0].split()
        stats["fuzz cases"] = parts[1]
        stats["fuzz seconds"] = parts[4]
    if any(" FAILED" in line for line in lines):
        fail("fuzz: a property failed (see surefire's report)")


def long_paragraph(cache):
    print("a 10,000-word paragraph without punctuation:")
    script = os.path.join(WORK, "2026-03-04-long.md")
    words = ("the model kept reading the same long sentence about trees and water and sound and time "
             "while the listeners waited patiently for a breath that never came ").split()
    body = " ".join(words[i % len(words)] for i in range(10_000))
    with open(script, "w", encoding="utf-8") as f:
        f.write("---\ntitle: Long\ndate: 2026-03-04\n---\n" + body + "\n")
    out = os.path.join(WORK, "long-out")
    start = time.time()
    r = run(["render", script, "--out", out, "--cache", cache])
    stats["inputs tried"] += 1
    if r.returncode != 0 or not check_published(out):
        fail(f"long paragraph: exit {r.returncode}, {r.stderr.strip()[:200]!r}")
        return
    print(f"  rendered in {time.time() - start:.0f} s: {r.stdout.strip().splitlines()[0][:140]}")


def soak(sentences):
    """Distinct sentences through several synthesis threads, nothing cached (bench/Soak.java): no failure,
    and the heap after the last thousand within 10% of the heap after the first."""
    print(f"soak ({sentences} sentences):")
    classpath = os.pathsep.join([JAR, "target/test-classes"])
    r = subprocess.run(["java", "-XX:+UseSerialGC", "-cp", classpath, "org.paperledge.bench.Soak", str(sentences),
                        "2"], capture_output=True, text=True)
    for line in r.stdout.splitlines():
        if line.startswith("soak: ") and " sentences, " in line and "heap" in line:
            print("  " + line[len("soak: "):])
    summary = [line for line in r.stdout.splitlines() if line.startswith("soak: ") and "distinct" in line]
    failed = [line for line in r.stdout.splitlines() if line.startswith("soak: sentence ")]
    for line in failed[:5]:
        print("  " + line)
    stats["soak sentences"] = sentences
    stats["soak failures"] = len(failed)
    if r.returncode != 0 or not summary:
        fail(f"soak: exit {r.returncode}, {(summary or [r.stderr.strip()[-300:]])[0]!r}")
    if summary:
        print("  " + summary[0])
        heap = summary[0].split("heap in use after each thousand sentences: ", 1)
        stats["soak heap MB per thousand"] = heap[1].split(" MB")[0] if len(heap) == 2 else "n/a"


def main():
    kills_wanted = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 20
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    script = os.path.join(WORK, "2026-03-01-reliability.md")
    with open(script, "w", encoding="utf-8") as f:
        f.write("---\ntitle: Reliability\ndate: 2026-03-01\nauthors: [A. Tester]\n---\n"
                "Hey crew. Run number zero. This episode exists to be interrupted.\n\n"
                "## Second chapter\n\nIt has a second chapter, so the chapters matter too.\n")
    out = os.path.join(WORK, "out")
    cache = os.path.join(WORK, "cache")
    bad_inputs()
    kills(script, out, cache, kills_wanted)
    stops(script, out, cache, int(sys.argv[sys.argv.index("--stops") + 1]) if "--stops" in sys.argv else 12)
    faults(script, out, cache)
    cache_damage()
    unwritable_cache(script)
    fuzz_summary()
    full_disk(script, cache)
    file_size_limit(script, cache)
    read_only(script, cache)
    concurrent(out, cache)
    soak_size = int(sys.argv[sys.argv.index("--soak") + 1]) if "--soak" in sys.argv else 3000
    if soak_size > 0:
        soak(soak_size)
    if "--long" in sys.argv:
        long_paragraph(cache)
    print("reliability summary: " + ", ".join(f"{k}: {v}" for k, v in stats.items()))
    ok = stats["files lost or corrupted"] == 0 and stats["expectations failed"] == 0
    print("reliability: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
