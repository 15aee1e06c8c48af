#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The phone pages in a real headless Chromium (Debian chromium + chromium-driver, python3-selenium), phone-sized:
a courier picks the cooler up, delivers it while the phone has no network (the scan waits in the phone's queue and
is sent when the network returns, recorded once with the phone's time), the logger file is imported, and the HAD
nurse checks the dose, confirms the patient's identity and the administration. A courier is shown no patient.

The phones' cameras see printed labels (Chromium's fake camera plays a video made from the label's PDF): the
courier's the cooler label printed at packing (its SSCC as GS1-128), for the pickup and, offline, the delivery;
the nurse's the syringe label. Codes are read in the page (zxing-wasm served by the station): no frame is sent to
the station's reader (POST /api/v1/decode), which Chromium's own network log shows.

usage: phone_pages_test.py PREPCTL WORKDIR"""
import base64
import datetime
import hashlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

from PIL import Image
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

PREPCTL, WORK = sys.argv[1], sys.argv[2]
shutil.rmtree(WORK, ignore_errors=True)
os.makedirs(WORK)
ENV = dict(os.environ, XDG_DATA_HOME=os.path.join(WORK, "xdg"), QT_QPA_PLATFORM="offscreen")
DB = os.path.join(WORK, "station.sqlite")
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures.append(what)


def prepctl(*args, password=None):
    env = dict(ENV)
    if password:
        env["PREP_PASSWORD"] = password
    out = subprocess.run([PREPCTL, *args], env=env, capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        sys.exit(f"prepctl {' '.join(args)} failed: {out.stderr}")
    return out.stdout


demo = json.loads(prepctl("demo", "--until", "packed", "--json", "--db", DB, "--out", os.path.join(WORK, "out")))
shipment, preps, patient = demo["shipment"], demo["preparations"], demo["patient"]


def camera_video(label_pdf, path):
    """What the phone's camera sees: a printed label (the demo's PDF at 200 dpi) on a grey table, as a Y4M video
    (4:2:0) that Chromium's fake camera plays in a loop."""
    png = os.path.splitext(path)[0]
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", label_pdf, png], check=True)
    label = Image.open(png + ".png").convert("RGB")
    width, height = 1280, 720
    scene = Image.new("RGB", (width, height), (150, 150, 145))
    label.thumbnail((width - 80, height - 80))
    scene.paste(label, ((width - label.width) // 2, (height - label.height) // 2))
    y, cb, cr = scene.convert("YCbCr").split()
    cb, cr = (c.resize((width // 2, height // 2)) for c in (cb, cr))
    with open(path, "wb") as f:
        f.write(f"YUV4MPEG2 W{width} H{height} F10:1 Ip A1:1 C420jpeg\n".encode())
        for _ in range(5):
            f.write(b"FRAME\n" + y.tobytes() + cb.tobytes() + cr.tobytes())


syringe_video = os.path.join(WORK, "syringe.y4m")
camera_video(demo["labels"][0], syringe_video)
cooler_video = os.path.join(WORK, "cooler.y4m")
camera_video(demo["cooler_label"], cooler_video)

server = subprocess.Popen([PREPCTL, "serve", "--db", DB, "--listen", "https://127.0.0.1:0", "--json"], env=ENV,
                          stdout=subprocess.PIPE, text=True)
driver = None


def phone(video, name):
    """A phone-sized Chromium whose camera plays `video`, with its network log (to see what the page sent)."""
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={WORK}/chromium-{name}", "--lang=fr-FR",
                 f"--ignore-certificate-errors-spki-list={spki_hash}",
                 "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                 f"--use-file-for-fake-video-capture={video}"]:
        options.add_argument(flag)
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844,
                                                                          "pixelRatio": 3}})
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def requested(urls_seen):
    """Adds the URLs the page requested since the last call (Chromium's performance log) to `urls_seen`."""
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls_seen.append((message["params"]["request"]["method"], message["params"]["request"]["url"]))
    return urls_seen


try:
    text = ""
    while not text.rstrip().endswith("}"):
        line = server.stdout.readline()
        if not line:
            sys.exit("prepctl serve ended before it listened")
        text += line
    started = json.loads(text)
    url = started["listening"]
    # Chromium trusts the site's certificate by its public key (a phone trusts it once, or by its MDM).
    der = subprocess.run(["openssl", "x509", "-in", started["certificate"], "-pubkey", "-noout"], capture_output=True,
                         check=True).stdout
    spki = subprocess.run(["openssl", "pkey", "-pubin", "-outform", "der"], input=der, capture_output=True,
                          check=True).stdout
    spki_hash = base64.b64encode(hashlib.sha256(spki).digest()).decode()

    driver = phone(cooler_video, "courier")
    wait = WebDriverWait(driver, 20)
    byid = lambda i: driver.find_element(By.ID, i)

    sent = []

    def log_in(login, password):
        driver.get(url)
        wait.until(lambda d: byid("login").is_displayed())
        byid("login").send_keys(login)
        byid("password").send_keys(password + Keys.ENTER)

    def verdict(element_id):
        wait.until(lambda d: byid(element_id).text.strip() != "")
        return byid(element_id).text

    # --- the courier ---
    log_in("courier.demo", "demo-courier-2026")
    wait.until(lambda d: byid("courier").is_displayed())
    wait.until(lambda d: shipment in byid("shipments").text)
    page = driver.find_element(By.TAG_NAME, "body").text
    check(shipment in page, "the courier sees today's shipment")
    check("12 rue des Exemples" in page, "and where it goes: the patient's home address, no name")
    for secret in [patient, "zacitidin", "Vidaza"]:
        check(secret not in page, f"no '{secret}' on the courier's screen")
    check(driver.execute_script("return document.documentElement.lang") == "fr", "the page opens in French")
    # The courier points the phone's camera at the cooler's label: its GS1-128 is the shipment's SSCC.
    driver.find_element(By.CSS_SELECTOR, "button[data-camera='courier-code']").click()
    check("Enregistré" in verdict("courier-verdict"), "pickup recorded from the camera's read of the cooler label")
    check(driver.execute_script("return document.documentElement.dataset.reader") == "page",
          "the courier's camera reads in the page (zxing-wasm)")
    wait.until(lambda d: driver.execute_script("return navigator.serviceWorker && navigator.serviceWorker.controller"
                                               " !== undefined"))
    # The phone keeps the code reader for offline use (the service worker's cache).
    kept = driver.execute_async_script("""const done = arguments[arguments.length - 1];
        navigator.serviceWorker.ready.then(() => Promise.all(['/zxing-reader.js', '/zxing_reader.wasm'].map(
          (f) => caches.match(f).then((r) => r ? r.arrayBuffer().then((b) => b.byteLength) : 0)))).then(done);""")
    check(all(n > 0 for n in kept) and kept[1] > 500000, f"the service worker keeps the reader and its .wasm {kept}")

    # Delivery at a door without network: kept on the phone, sent when the network returns.
    driver.set_network_conditions(offline=True, latency=0, download_throughput=0, upload_throughput=0)
    driver.execute_script("window.dispatchEvent(new Event('offline'))")
    driver.find_element(By.CSS_SELECTOR, "input[value='delivery']").click()
    offline_at = datetime.datetime.now(datetime.timezone.utc)
    byid("courier-place").send_keys("domicile (fictif)")
    driver.execute_script("document.getElementById('courier-verdict').textContent = ''")
    driver.find_element(By.CSS_SELECTOR, "button[data-camera='courier-code']").click()  # the camera, offline
    check("en attente" in verdict("courier-verdict"), "offline: the camera read the cooler label, the scan waits")
    check("1" in byid("queue").text and byid("queue").is_displayed(), "the header counts 1 scan waiting")
    time.sleep(2)  # the delivery happened offline: it must be recorded with the phone's time, not the receipt's
    driver.set_network_conditions(offline=False, latency=0, download_throughput=500000, upload_throughput=500000)
    driver.execute_script("window.dispatchEvent(new Event('online'))")
    wait.until(lambda d: not byid("queue").is_displayed())
    check(True, "back online: the queue is sent")
    with sqlite3.connect(DB) as c:
        rows = c.execute("SELECT kind, device_time, received_at, verdict, code FROM field_scan ORDER BY id").fetchall()
    check([r[0] for r in rows] == ["pickup", "delivery"], f"two scans recorded once each: {rows}")
    check(all(r[4].startswith("(00)0") and len(r[4]) == 22 for r in rows), f"both scans are the SSCC's HRI: {rows}")
    if len(rows) == 2:
        check(rows[1][3] == "ok", "the late delivery scan is accepted")
        check(rows[1][1] < rows[1][2], f"phone time {rows[1][1]} before receipt time {rows[1][2]}")
    check(not [u for m, u in requested(sent) if u.endswith("/api/v1/decode")],
          "the courier's camera sent no frame to the station (POST /api/v1/decode)")
    byid("logout").click()
    driver.quit()
    driver = None

    # --- the logger file reaches the PUI ---
    start = datetime.datetime.fromisoformat(demo["packed_at"].replace("Z", "+00:00"))
    end = datetime.datetime.now(datetime.timezone.utc)
    lines = [f"logger_id,{demo['logger']}", "timestamp,temperature_C"]
    t = start
    while t <= end:
        lines.append(t.strftime("%Y-%m-%dT%H:%M:%SZ") + ",5.0")
        t += datetime.timedelta(minutes=5)
    logger = os.path.join(WORK, "logger.csv")
    with open(logger, "w") as f:
        f.write("\n".join(lines) + "\n")
    prepctl("logger", "import", logger, "--shipment", shipment, "--db", DB, "--as", "pharm.demo",
            password="demo-pharm-2026")

    # --- the HAD nurse, on her own phone ---
    driver = phone(syringe_video, "nurse")
    wait = WebDriverWait(driver, 20)
    sent = []
    log_in("nurse.demo", "demo-nurse-2026")
    wait.until(lambda d: byid("nurse").is_displayed())
    with sqlite3.connect(DB) as c:
        expiry = c.execute("SELECT expiry FROM preparation WHERE number = ?", (preps[0],)).fetchone()[0]
    # The nurse points the phone's camera at the syringe's printed label.
    driver.find_element(By.CSS_SELECTOR, "button[data-camera='syringe-code']").click()
    wait.until(lambda d: "(10)" + preps[0] in byid("syringe-code").get_attribute("value"))
    check(True, "the camera read the syringe's printed label: " + byid("syringe-code").get_attribute("value"))
    check("ADMINISTRER" in verdict("dose-verdict") and "NE PAS" not in byid("dose-verdict").text,
          "the nurse is told: administer")
    requested(sent)
    check([u for m, u in sent if u.endswith("/zxing_reader.wasm")] != [], "the page fetched the reader's .wasm")
    check(not [u for m, u in sent if u.endswith("/api/v1/decode")],
          "the nurse's camera read in the page: no POST /api/v1/decode")
    elsewhere = [u for m, u in sent if u.startswith(("http:", "https:", "ws")) and not u.startswith(url.rstrip("/"))]
    check(not elsewhere, f"the page asked no other server (no CDN): {elsewhere}")
    wait.until(lambda d: byid("nurse-administer").is_displayed())
    byid("patient-ipp").send_keys(patient)
    byid("admin-password").send_keys("demo-nurse-2026" + Keys.ENTER)
    check("Administration enregistrée" in verdict("administer-verdict"), "administration confirmed")
    with sqlite3.connect(DB) as c:
        status = c.execute("SELECT status FROM preparation WHERE number = ?", (preps[0],)).fetchone()[0]
    check(status == "administered", f"{preps[0]} administered in the record (status {status})")
    # The same syringe scanned again: do not administer, it has been given.
    byid("syringe-code").clear()
    byid("syringe-code").send_keys(preps[0] + Keys.ENTER)
    wait.until(lambda d: "NE PAS ADMINISTRER" in byid("dose-verdict").text)
    check(True, "the same syringe again: NE PAS ADMINISTRER")
    check("a déjà été administrée" in byid("dose-verdict").text,
          "the station's reason is said in the page's language: " + byid("dose-verdict").text)
    # A browser that could not load the module: the frames go to the station's reader instead.
    driver.execute_script("pageReader = Promise.resolve(false)")
    byid("syringe-code").clear()
    driver.find_element(By.CSS_SELECTOR, "button[data-camera='syringe-code']").click()
    wait.until(lambda d: "(10)" + preps[0] in byid("syringe-code").get_attribute("value"))
    check([u for m, u in requested(sent) if u.endswith("/api/v1/decode")] != [],
          "without the module, the camera's frames are read by the station (POST /api/v1/decode)")
    # English on request.
    byid("language").click()
    check("Administration at home" in driver.find_element(By.TAG_NAME, "body").text, "the page speaks English")
    driver.save_screenshot(os.path.join(WORK, "nurse.png"))
finally:
    if driver:
        driver.quit()
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=15)

check(server.returncode == 0, f"prepctl serve stops cleanly on SIGTERM (exit {server.returncode})")
if failures:
    sys.exit(f"{len(failures)} check(s) failed")
print("all phone page checks passed")
