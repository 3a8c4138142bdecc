#!/usr/bin/env python3
"""Opens the listener site in headless Chromium through Debian's chromedriver.

check_page.py OUTPUT_DIR
    The index (index.html): no console errors, the newest episodes of the feed in its order, each linking to its
    own page, the cover shown, nothing but the page and the cover fetched on load. Then one episode's page (the one
    with the most speakers): its Open Graph and Twitter card tags, clicking a chapter moves the player's currentTime
    to the chapter's start, playing highlights the cue being spoken and keeps it in view, speakers are shown.

check_page.py OUTPUT_DIR --catalog N [--jar JAR] [--show FILE]
    Builds a catalog of N episodes from the first episode in OUTPUT_DIR (its files linked, its item rewritten for
    each copy), runs `paperledge feed` on it, and loads the index: prints its weight in bytes and the requests made
    on load, and fails unless the first page lists 20 episodes, weighs under 200 KB with everything it loads, and
    makes no audio request (target: index.html and the cover only)."""
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

PODCAST = "{https://podcastindex.org/namespace/1.0}"
WEIGHT_TARGET = 200 * 1024


class RangeHandler(http.server.SimpleHTTPRequestHandler):
    """Serves byte ranges, as every web server that hosts podcasts does (browsers seek audio with them), and
    records every request and the bytes of its body."""

    requests = []
    lock = threading.Lock()

    def log_message(self, *args):
        pass

    def record(self, size):
        with RangeHandler.lock:
            RangeHandler.requests.append((self.path, size))

    def send_head(self):
        header = self.headers.get("Range")
        path = self.translate_path(self.path)
        if not header or not header.startswith("bytes=") or not os.path.isfile(path):
            f = super().send_head()
            self.record(os.path.getsize(path) if os.path.isfile(path) else 0)
            return f
        size = os.path.getsize(path)
        first, _, last = header[6:].split(",")[0].partition("-")
        start = int(first) if first else max(0, size - int(last))
        end = int(last) if first and last else size - 1
        end = min(end, size - 1)
        f = open(path, "rb")
        f.seek(start)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.end_headers()
        self.range_left = end - start + 1
        self.record(end - start + 1)
        return f

    def copyfile(self, source, outputfile):
        left = getattr(self, "range_left", None)
        if left is None:
            try:
                return super().copyfile(source, outputfile)
            except (BrokenPipeError, ConnectionResetError):
                return None
        while left > 0:
            chunk = source.read(min(65536, left))
            if not chunk:
                break
            try:
                outputfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                break
            left -= len(chunk)


def serve(folder):
    handler = lambda *a, **k: RangeHandler(*a, directory=folder, **k)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def browser():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--autoplay-policy=no-user-gesture-required", "--mute-audio", "--disk-cache-size=1"):
        options.add_argument(flag)
    options.add_argument("--user-data-dir=" + tempfile.mkdtemp())
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def load(driver, url, settle=1.5):
    """Opens url with an empty request log; returns the requests made while it loaded and settled."""
    with RangeHandler.lock:
        RangeHandler.requests.clear()
    driver.get(url)
    time.sleep(settle)
    with RangeHandler.lock:
        return list(RangeHandler.requests)


def console_errors(driver):
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    for e in errors:
        print(f"console error: {e['message']}")
    return errors


def check_index(driver, base, out, titles):
    ok = True
    requests = load(driver, base + "/index.html")
    articles = driver.find_elements(By.CSS_SELECTOR, "article.episode")
    shown = [a.find_element(By.CSS_SELECTOR, "h2 a").text for a in articles]
    print(f"index lists {len(shown)} episodes: {shown[:5]}{' ...' if len(shown) > 5 else ''}")
    if shown != titles[:20]:
        print(f"  expected the feed's first 20, in its order: {titles[:20]}")
        ok = False
    for a in articles:
        href = a.find_element(By.CSS_SELECTOR, "h2 a").get_attribute("href").rsplit("/", 1)[-1]
        if not os.path.isfile(os.path.join(out, href)):
            print(f"  {href} is linked but missing")
            ok = False
    cover = driver.find_element(By.CSS_SELECTOR, "header.show img")
    width = driver.execute_script("return arguments[0].naturalWidth;", cover)
    print(f"cover shown: {cover.get_attribute('src').rsplit('/', 1)[-1]}, {width} px wide")
    ok &= width > 0
    weight = sum(size for _, size in requests)
    names = sorted({path.split("?")[0] for path, _ in requests})
    audio = [p for p in names if p.endswith((".mp3", ".m4a"))]
    print(f"index on load: {len(requests)} requests ({', '.join(names)}), {weight} bytes; audio requests: "
          f"{len(audio)}")
    ok &= not audio and weight < WEIGHT_TARGET
    return ok, requests, weight


def pick_episode(driver, base, out, slugs):
    """The slug whose page shows the most distinct speakers (the first one on a tie)."""
    best, most = slugs[0], -1
    for slug in slugs[:20]:
        with open(os.path.join(out, slug + ".html"), encoding="utf-8") as f:
            speakers = len(set(re.findall(r'<b class="speaker">([^<]*):</b>', f.read())))
        if speakers > most:
            best, most = slug, speakers
    return best


def check_episode(driver, base, out, slug, title):
    ok = True
    requests = load(driver, f"{base}/{slug}.html", settle=1.0)
    heading = driver.find_element(By.TAG_NAME, "h1").text
    print(f"episode page {slug}.html: {heading!r}, {len(requests)} requests on load "
          f"({', '.join(sorted({p for p, _ in requests}))})")
    ok &= heading == title
    tags = {m.get_attribute("property") or m.get_attribute("name"): m.get_attribute("content")
            for m in driver.find_elements(By.CSS_SELECTOR, "meta[property], meta[name]")}
    for key in ("og:title", "og:description", "og:image", "og:url", "og:audio", "twitter:card", "twitter:image"):
        value = tags.get(key)
        print(f"  {key}: {value}")
        ok &= bool(value)
    ok &= tags.get("og:title") == title
    ok &= all(tags.get(k, "").startswith("https://") for k in ("og:image", "og:url", "og:audio", "twitter:image"))
    ok &= tags.get("og:audio", "").endswith(f"/{slug}.mp3")
    audio = driver.find_element(By.CSS_SELECTOR, "article.episode audio")
    driver.execute_script(
        "arguments[0].load(); return new Promise(r => arguments[0].addEventListener('loadedmetadata', r));", audio)
    buttons = driver.find_elements(By.CSS_SELECTOR, "ol.chapters button")
    cues = driver.find_elements(By.CSS_SELECTOR, ".transcript span.cue")
    speakers = [b.text.rstrip(":") for b in driver.find_elements(By.CSS_SELECTOR, ".transcript b.speaker")]
    print(f"  {len(buttons)} chapters ({', '.join(b.text for b in buttons[:3])} ...), {len(cues)} cues, "
          f"speakers in turn: {speakers[:6]}{' ...' if len(speakers) > 6 else ''}")
    ok &= len(buttons) >= 2 and len(cues) > 0 and len(speakers) > 0
    for button in buttons[1:3]:
        start = float(button.get_attribute("data-start"))
        button.click()
        time.sleep(0.3)
        now = driver.execute_script("return arguments[0].currentTime;", audio)
        shown = button.find_element(By.CSS_SELECTOR, ".time").text
        print(f"  clicked chapter {button.text!r}: currentTime {now:.3f} (starts {start:.3f}, shown {shown})")
        ok &= abs(now - start) < 0.05
        h, m, s = (int(x) for x in shown.split(":"))
        ok &= h * 3600 + m * 60 + s == int(start)
    last = buttons[-1]
    last.click()
    driver.execute_script("arguments[0].play();", audio)
    time.sleep(1.5)
    driver.execute_script("arguments[0].pause();", audio)
    state = driver.execute_script("""
        var box = document.querySelector('.transcript');
        var now = box.querySelector('span.now');
        if (!now) { return null; }
        var turn = now.parentNode.querySelector('b.speaker');
        return {text: now.textContent, top: now.offsetTop, scroll: box.scrollTop, height: box.clientHeight,
                speaker: turn ? turn.textContent : '', chapter: document.querySelector('ol.chapters li.now button')
                ? document.querySelector('ol.chapters li.now button').textContent : ''};""")
    if not state:
        print("  while playing, no cue highlighted")
        return False
    visible = state["scroll"] <= state["top"] <= state["scroll"] + state["height"]
    print(f"  while playing the last chapter: cue {state['text'][:50]!r} by {state['speaker']!r} highlighted, "
          f"{'in view' if visible else 'out of view'} (transcript scrolled to {state['scroll']} px); chapter "
          f"marked: {state['chapter']!r}")
    ok &= visible and state["scroll"] > 0 and state["chapter"] == last.text
    return ok


def feed_order(out):
    feed = ET.parse(os.path.join(out, "feed.xml"))
    items = list(feed.getroot().iter("item"))
    titles = [i.findtext("title") for i in items]
    slugs = [i.find("enclosure").get("url").rsplit("/", 1)[-1][:-4] for i in items]
    return titles, slugs


def catalog(out, count, jar, show):
    """A folder of count episodes copied from the first one in out, then `paperledge feed` on it."""
    titles, slugs = feed_order(out)
    source = slugs[0]
    folder = tempfile.mkdtemp(prefix="paperledge-catalog-")
    template = open(os.path.join(out, source + ".xml"), encoding="utf-8").read()
    for i in range(1, count + 1):
        slug = f"episode-{i:04d}"
        for suffix in (".mp3", ".m4a", ".png", ".jpg", ".chapters.json", ".vtt", ".srt"):
            if os.path.exists(os.path.join(out, source + suffix)):
                os.link(os.path.join(out, source + suffix), os.path.join(folder, slug + suffix))
        day = time.strftime("%a, %d %b %Y 06:00:00 +0000", time.gmtime(1_700_000_000 + i * 86400))
        item = template.replace(source, slug)
        item = re.sub(r"<title>[^<]*</title>", f"<title>Episode {i}</title>", item, count=1)
        item = re.sub(r"<itunes:title>[^<]*</itunes:title>", f"<itunes:title>Episode {i}</itunes:title>", item)
        item = re.sub(r"<pubDate>[^<]*</pubDate>", f"<pubDate>{day}</pubDate>", item)
        item = re.sub(r"(<guid[^>]*>)[^<]*(</guid>)", rf"\g<1>{slug}-guid\g<2>", item)
        with open(os.path.join(folder, slug + ".xml"), "w", encoding="utf-8") as f:
            f.write(item)
    started = time.time()
    subprocess.run(["java", "-jar", jar, "feed", "--out", folder, "--show", show], check=True,
                   stdout=subprocess.DEVNULL)
    print(f"catalog of {count} episodes in {folder}: `paperledge feed` built the feed and "
          f"{len([n for n in os.listdir(folder) if n.endswith('.html')])} pages in {time.time() - started:.1f} s")
    return folder


def main(argv):
    out = argv[1] if len(argv) > 1 else "output"
    count = int(argv[argv.index("--catalog") + 1]) if "--catalog" in argv else 0
    jar = argv[argv.index("--jar") + 1] if "--jar" in argv else "target/paperledge.jar"
    show = argv[argv.index("--show") + 1] if "--show" in argv else "show.yaml"
    folder = catalog(out, count, jar, show) if count else out
    titles, slugs = feed_order(folder)
    server = serve(os.path.abspath(folder))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    driver = browser()
    ok = True
    try:
        index_ok, requests, weight = check_index(driver, base, folder, titles)
        ok &= index_ok
        if count:
            pages = len([n for n in os.listdir(folder) if re.fullmatch(r"page_\d+\.html", n)]) + 1
            html = os.path.getsize(os.path.join(folder, "index.html"))
            print(f"catalog index: {pages} pages of 20; the first page's HTML is {html} bytes; on load "
                  f"{len(requests)} requests and {weight} bytes in all (target: under {WEIGHT_TARGET} bytes, no "
                  f"audio requests)")
            ok &= pages == (count + 19) // 20
            last = load(driver, f"{base}/page_{pages}.html", settle=0.5)
            shown = len(driver.find_elements(By.CSS_SELECTOR, "article.episode"))
            print(f"last page page_{pages}.html: {shown} episodes, {len(last)} requests")
            ok &= shown == count - (pages - 1) * 20
        else:
            slug = pick_episode(driver, base, folder, slugs)
            ok &= check_episode(driver, base, folder, slug, titles[slugs.index(slug)])
        errors = console_errors(driver)
        print(f"console errors: {len(errors)}")
        ok &= not errors
    finally:
        driver.quit()
        server.shutdown()
        if count:
            shutil.rmtree(folder, ignore_errors=True)
    print("page check: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
