#!/usr/bin/env python3
"""Opens the listener page (index.html) in headless Chromium through Debian's chromedriver and checks that it
loads without console errors, lists every episode of the feed newest first, and that clicking a chapter moves
the player's currentTime to the chapter's start; then plays a moment to see the transcript highlight.
Usage: check_page.py OUTPUT_DIR"""
import http.server
import os
import sys
import tempfile
import threading
import time
import xml.etree.ElementTree as ET

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By


class RangeHandler(http.server.SimpleHTTPRequestHandler):
    """Serves byte ranges, as every web server that hosts podcasts does; browsers seek audio with them."""

    def log_message(self, *args):
        pass

    def send_head(self):
        header = self.headers.get("Range")
        path = self.translate_path(self.path)
        if not header or not header.startswith("bytes=") or not os.path.isfile(path):
            return super().send_head()
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
        return f

    def copyfile(self, source, outputfile):
        left = getattr(self, "range_left", None)
        if left is None:
            return super().copyfile(source, outputfile)
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


def main(out):
    feed = ET.parse(os.path.join(out, "feed.xml"))
    titles = [i.findtext("title") for i in feed.getroot().iter("item")]
    server = serve(os.path.abspath(out))
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--autoplay-policy=no-user-gesture-required", "--mute-audio"):
        options.add_argument(flag)
    options.add_argument("--user-data-dir=" + tempfile.mkdtemp())
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    ok = True
    try:
        driver.get(f"http://127.0.0.1:{server.server_address[1]}/index.html")
        articles = driver.find_elements(By.CSS_SELECTOR, "article.episode")
        shown = [a.find_element(By.TAG_NAME, "h2").text for a in articles]
        print(f"page lists {len(shown)} episodes: {shown}")
        if shown != titles:
            print(f"  expected the feed's order: {titles}")
            ok = False
        first = articles[0]
        audio = first.find_element(By.TAG_NAME, "audio")
        driver.execute_script(
            "arguments[0].load(); return new Promise(r => arguments[0].addEventListener('loadedmetadata', r));",
            audio)
        buttons = first.find_elements(By.CSS_SELECTOR, "ol.chapters button")
        print(f"first episode: {len(buttons)} chapter buttons, "
              f"{len(first.find_elements(By.CSS_SELECTOR, '.transcript span.cue'))} transcript cues")
        if len(buttons) < 2:
            ok = False
        for button in buttons[1:3]:
            start = float(button.get_attribute("data-start"))
            button.click()
            time.sleep(0.3)
            now = driver.execute_script("return arguments[0].currentTime;", audio)
            print(f"clicked chapter {button.text!r}: currentTime {now:.3f} (chapter starts {start:.3f})")
            ok &= abs(now - start) < 0.05
        driver.execute_script("arguments[0].play();", audio)
        time.sleep(1.5)
        driver.execute_script("arguments[0].pause();", audio)
        highlighted = first.find_elements(By.CSS_SELECTOR, ".transcript span.now")
        print(f"while playing, highlighted cue: {highlighted[0].text[:60]!r}" if highlighted
              else "while playing, no cue highlighted")
        ok &= bool(highlighted)
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        for e in errors:
            print(f"console error: {e['message']}")
        ok &= not errors
        print(f"console errors: {len(errors)}")
    finally:
        driver.quit()
        server.shutdown()
    print("page check: " + ("ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "output"))
