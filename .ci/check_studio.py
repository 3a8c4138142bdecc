#!/usr/bin/env python3
"""Runs `paperledge preview` on a short script in a scratch project and drives its page in headless Chromium:
a sentence and a chapter played alone at the right length, an edit on disk that reaches the page without a reload,
a pronunciation tried and kept from the page (the lexicon file and the re-rendered audio checked), a bad edit
shown with its line while the last good audio stays, requests from a foreign Host or Origin refused, and a
SIGTERM during a build that leaves no temporary file. Prints the latencies it saw.
Usage: check_studio.py JAR [--screenshot FILE.png]"""
import glob
import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPT = """---
title: "The Studio Test"
date: 2026-12-01
cast:
  Maya: maya
authors:
  - Ada Quispe
---
Hello and welcome, this is a short test of the studio. The page should play every sentence.

The Quispe lab measured how fast a kettle boils.

## What they found

**Maya:** Water boils sooner with a lid on. The lid keeps the steam inside.

> A covered pot wastes less heat.
"""
NEW_SENTENCE = "A watched kettle boils just as fast as any other."
WORD, RESPELLING = "Quispe", "kees pay"

checks = []


def check(ok, what):
    checks.append(bool(ok))
    print(("ok:     " if ok else "FAILED: ") + what, flush=True)
    return ok


def save(path, text):
    """Saves the way many editors do: a new file renamed over the old."""
    tmp = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".swp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def request(port, method, path, headers=None, body=None, host=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.putrequest(method, path, skip_host=True)
    conn.putheader("Host", host or f"127.0.0.1:{port}")
    for k, v in (headers or {}).items():
        conn.putheader(k, v)
    data = body.encode() if body else b""
    conn.putheader("Content-Length", str(len(data)))
    conn.endheaders(data)
    response = conn.getresponse()
    return response.status, response.read()


def wait(driver, script, timeout=60, what="the page", *args):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = driver.execute_script(script, *args)
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}: {script}")


def start(jar, project, cache, tmp):
    # a temporary folder of its own, so that what the studio leaves there is told apart from other programs' files
    process = subprocess.Popen(["java", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + tmp, "-jar", jar, "preview",
                                "scripts/studio-test.md", "--cache", cache], cwd=project, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True)
    lines = []
    url = None
    while url is None:
        line = process.stdout.readline()
        if not line:
            raise AssertionError("preview ended: " + "".join(lines))
        lines.append(line)
        print("  preview: " + line.rstrip(), flush=True)
        m = re.search(r"at (http://127\.0\.0\.1:(\d+)/)", line)
        url = m and (m.group(1), int(m.group(2)))
    threading.Thread(target=lambda: [print("  preview: " + l.rstrip(), flush=True) for l in process.stdout],
                     daemon=True).start()
    return process, url[0], url[1]


def browser():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--autoplay-policy=no-user-gesture-required", "--mute-audio", "--window-size=1280,900"):
        options.add_argument(flag)
    options.add_argument("--user-data-dir=" + tempfile.mkdtemp())
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def line_index(driver, text):
    return driver.execute_script(
        "return window.studio.lines().findIndex(l => l.text === arguments[0]);", text)


def plays(driver, element, expected, what):
    """Waits until the audio element plays, then checks its duration against the state's."""
    wait(driver, f"const a = window.studio.{element}; return !a.paused && a.currentTime > 0.1;", 30,
         what + " playing")
    duration = driver.execute_script(f"return window.studio.{element}.duration;")
    check(abs(duration - expected) < 0.005, f"{what} plays: {duration:.3f} s of audio, the plan says {expected:.3f} s")


def run(jar, screenshot):
    project = tempfile.mkdtemp(prefix="studio-check-")
    cache = tempfile.mkdtemp(prefix="studio-check-cache-")
    shutil.copy(os.path.join(ROOT, "show.yaml"), project)
    shutil.copytree(os.path.join(ROOT, "voices"), os.path.join(project, "voices"))
    os.makedirs(os.path.join(project, "scripts"))
    script = os.path.join(project, "scripts", "studio-test.md")
    lexicon = os.path.join(project, "voices", "ernis.lexicon")
    with open(script, "w", encoding="utf-8") as f:
        f.write(SCRIPT)
    tmp = tempfile.mkdtemp(prefix="studio-check-tmp-")
    process, url, port = start(jar, project, cache, tmp)
    driver = None
    try:
        status, body = request(port, "POST", "/keep", {"Origin": "http://attacker.example",
                                                       "Content-Type": "application/x-www-form-urlencoded"},
                               "line=1&text=x&written=a&spoken=b&target=voice")
        check(status == 403 and b"Origin" in body, f"a POST from a foreign Origin is refused: {status} {body!r}")
        status, body = request(port, "GET", "/state", host=f"attacker.example:{port}")
        check(status == 403 and b"Host" in body, f"a foreign Host (DNS rebinding) is refused: {status} {body!r}")
        status, _ = request(port, "GET", "/../../etc/passwd")
        check(status in (400, 404), f"a path that is not a route is not served: {status}")

        driver = browser()
        driver.get(url)
        wait(driver, "const s = window.studio && window.studio.state(); return s && s.warm && s.episode"
                     " && document.body.dataset.audioLoaded == s.episode.audio;", 120, "the first build")
        lines = driver.execute_script("return window.studio.lines();")
        print(f"page shows {len(lines)} lines, "
              f"{len(driver.find_elements(By.CSS_SELECTOR, 'section.chapter'))} chapters", flush=True)

        i = line_index(driver, "The lid keeps the steam inside.")
        driver.find_element(By.CSS_SELECTOR, f'li.line[data-i="{i}"] button.line-play').click()
        plays(driver, "clip", lines[i]["end"] - lines[i]["start"], "a sentence clicked alone")
        chapter = [l for l in lines if l["chapter"] == 1 and not l["added"]]
        driver.find_element(By.CSS_SELECTOR, 'section.chapter[data-chapter="1"] button.chapter-play').click()
        plays(driver, "clip", chapter[-1]["end"] - chapter[0]["start"], "a chapter clicked")
        driver.execute_script("window.studio.clip.pause(); window.studio.episode.currentTime = arguments[0];"
                              " window.studio.episode.play();", lines[i]["start"] + 0.2)
        wait(driver, f'return document.querySelector(\'li.line[data-i="{i}"]\').classList.contains("now");', 10,
             "the playing sentence highlighted")
        check(True, "playing the episode highlights the sentence being spoken")
        driver.execute_script("window.studio.episode.pause();")

        audio = driver.execute_script("return window.studio.state().episode.audio;")
        t0 = time.monotonic()
        save(script, SCRIPT.replace("The lid keeps the steam inside.", NEW_SENTENCE))
        wait(driver, "return [...document.querySelectorAll('li.line .text')].some(e => e.textContent == arguments[0])"
                     " && document.body.dataset.audioLoaded == window.studio.state().episode.audio;", 30, "the edit",
             NEW_SENTENCE)
        edit = time.monotonic() - t0
        state = driver.execute_script("return window.studio.state();")
        check(state["episode"]["audio"] == audio + 1 and abs(driver.execute_script(
            "return window.studio.episode.duration;") - state["episode"]["seconds"]) < 0.005,
              f"an edit on disk reaches the page without a reload, new audio loaded, {edit:.2f} s after the save"
              f" (the build: {state['episode']['stats']['millis']} ms,"
              f" {state['episode']['stats']['synthesized']} synthesized)")
        version = state["version"]
        t0 = time.monotonic()
        save(script, SCRIPT.replace("The lid keeps the steam inside.", NEW_SENTENCE)
             .replace("## What they found", "## What they found out"))
        wait(driver, "return [...document.querySelectorAll('.chapter-title')].some(e => e.textContent =="
                     " 'What they found out');", 30, "the heading edit")
        heading = time.monotonic() - t0
        check(driver.execute_script("return window.studio.state().episode.audio;") == audio + 1,
              f"a heading edit changes the page, not the audio, {heading:.2f} s after the save")

        j = line_index(driver, "The Quispe lab measured how fast a kettle boils.")
        before = request(port, "GET", f"/audio/line.wav?v={audio + 1}&i={j}")[1]
        driver.execute_script("""
            const text = document.querySelector('li.line[data-i="' + arguments[0] + '"] .text');
            const node = text.firstChild, at = node.textContent.indexOf(arguments[1]);
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + arguments[1].length);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            text.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));""", j, WORD)
        check(driver.find_element(By.ID, "fixer").is_displayed()
              and driver.find_element(By.ID, "fix-written").get_attribute("value") == WORD,
              "selecting a word opens the pronunciation editor with it")
        driver.find_element(By.ID, "fix-spoken").send_keys(RESPELLING)
        driver.find_element(By.ID, "fix-voice").click()
        driver.find_element(By.ID, "fix-hear").click()
        wait(driver, "return document.getElementById('fix-status').textContent.startsWith('heard as');", 30,
             "the trial")
        wait(driver, "const a = window.studio.clip; return a.src.startsWith('blob:') && !a.paused;", 30,
             "the trial playing")
        check(RESPELLING in driver.find_element(By.ID, "fix-status").text,
              "the sentence is heard with the new entry: " + driver.find_element(By.ID, "fix-status").text)
        if screenshot:
            # the whole page, the episode playing a line of the guest's, the pronunciation editor open
            driver.set_window_size(1280, 1240)
            maya = line_index(driver, "Water boils sooner with a lid on.")
            driver.execute_script("window.studio.episode.currentTime = arguments[0]; window.studio.episode.play();",
                                  lines[maya]["start"] + 0.3)
            time.sleep(0.6)
            driver.execute_script("window.studio.episode.pause(); window.scrollTo(0, 0);")
            time.sleep(0.3)
            driver.save_screenshot(screenshot)
            print(f"screenshot: {screenshot}", flush=True)
        driver.find_element(By.ID, "fix-keep").click()
        wait(driver, "return document.getElementById('fix-status').textContent.startsWith('kept in');", 30, "keep")
        with open(lexicon, encoding="utf-8") as f:
            kept = f.read()
        check(kept.endswith(f"\n{WORD} = {RESPELLING}\n"), f"the voice's lexicon ends with '{WORD} = {RESPELLING}'")
        wait(driver, "return window.studio.state().episode.audio == arguments[0] &&"
                     " document.body.dataset.audioLoaded == String(arguments[0]);", 30, "the re-render", audio + 2)
        state = driver.execute_script("return window.studio.state();")
        line = state["episode"]["lines"][j]
        after = request(port, "GET", f"/audio/line.wav?v={audio + 2}&i={j}")[1]
        form = urllib.parse.urlencode({"line": j, "text": line["text"], "written": WORD, "spoken": RESPELLING})
        heard = request(port, "POST", "/hear", {"Origin": f"http://127.0.0.1:{port}",
                                                "Content-Type": "application/x-www-form-urlencoded"}, form)[1]
        check(line["changed"] and RESPELLING in line["spoken"] and after != before and after == heard,
              f"the episode re-renders with it: the sentence now says '{line['spoken']}', its audio changed and"
              f" is exactly what was heard ({len(after)} bytes)")

        good = driver.execute_script("return window.studio.episode.src;")
        for bad, seen, where in (
                (SCRIPT.replace("date: 2026-12-01", "date: 2026-13-01"), "studio-test.md:3:",
                 r"studio-test\.md:3:\d+: error: date must be a real date"),
                (SCRIPT.replace("The lid keeps", "The lid [keeps](louder:5%)"), "unknown control",
                 r"studio-test\.md:15:\d+: error: unknown control 'louder'")):
            save(script, bad)
            wait(driver, "return !document.getElementById('problems').hidden &&"
                         " document.getElementById('problem-list').textContent.includes(arguments[0]);", 30,
                 "the error", seen)
            shown = driver.find_element(By.ID, "problem-list").text
            check(re.search(where, shown) and driver.execute_script("return window.studio.episode.src;") == good,
                  f"a bad edit shows its file, line and column and keeps the last good audio: {shown}")

        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        for e in errors:
            print(f"console error: {e['message']}")
        check(not errors, f"no console errors ({len(errors)})")
        driver.quit()
        driver = None

        save(script, SCRIPT + "\n" + " ".join(f"Sentence number {n} is new here, and it has to be spoken."
                                              for n in range(12)) + "\n")
        time.sleep(0.6)
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=60)
        parts = [p for root in (project, cache) for p in glob.glob(os.path.join(root, "**", "*.part"),
                                                                   recursive=True)]
        left = [p for p in os.listdir(tmp) if not p.startswith("hsperfdata")]
        with open(lexicon, encoding="utf-8") as f:
            whole = f.read() == kept
        check(code == 143 and not parts and not left and whole and not os.path.exists(os.path.join(project,
                                                                                                "output")),
              f"SIGTERM during a build: exit {code}, temporary files left {parts + left}, lexicon whole:"
              f" {whole}, no output/ folder")
        print(f"studio latency (browser, file saved to new audio loaded): one-sentence edit {edit:.2f} s,"
              f" heading edit {heading:.2f} s")
    finally:
        if driver:
            driver.quit()
        if process.poll() is None:
            process.kill()
        shutil.rmtree(project, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv):
    jar = argv[1] if len(argv) > 1 else os.path.join(ROOT, "target", "paperledge.jar")
    screenshot = argv[argv.index("--screenshot") + 1] if "--screenshot" in argv else None
    try:
        run(os.path.abspath(jar), screenshot and os.path.abspath(screenshot))
    except AssertionError as e:
        check(False, str(e))
    ok = all(checks) and checks
    print("studio check: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
