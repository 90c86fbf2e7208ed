#!/usr/bin/env python3
"""Three phones in headless Chromium (each its own profile, so its own cookies) go through the
served pages: join, propose, vote, my plan, share. Phone 1 reads English; phone 2's browser asks
for French (Accept-Language); phone 3 switches to Spanish with the pages' language menu, which
its cookie then remembers. Every page is checked at 360×740 (device
metrics emulated: a headless window has a minimum width of its own) for horizontal scrolling,
and a screenshot of each is written to OUT.

    browser_phones.py URL OUT

Prints one JSON line: {"phones": 3, "pages": N, "wide": [...], "errors": [...]}.
Needs Debian chromium + chromium-driver and PyPI selenium.
"""
import atexit, json, os, shutil, sys, tempfile
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

url, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
# The phones' browser profiles, removed at the end (Chromium writes some 30 folders in each).
profiles = tempfile.mkdtemp(prefix="agora-phones-")
atexit.register(shutil.rmtree, profiles, ignore_errors=True)
wide, errors, pages = [], [], 0

# What each phone reads, in its language.
WORDS = {
    "en": {"you": "You are Phone owner {n}", "propose": "Propose a topic", "vote": "Vote on topics",
           "saved": "Ballot saved", "left": "0 of 5 dots left", "plan": "My plan", "round": "Round 1",
           "share": "Share an experience", "shared": "Shared", "wall": "Live wall"},
    "fr": {"you": "Vous êtes Phone owner {n}", "propose": "Proposer un sujet", "vote": "Voter pour les sujets",
           "saved": "Bulletin enregistré", "left": "Gommettes restantes\u202f: 0 sur 5", "plan": "Mon programme",
           "round": "Créneau 1", "share": "Partager une expérience", "shared": "Partagé", "wall": "Mur en direct"},
    "es": {"you": "Eres Phone owner {n}", "propose": "Proponer un tema", "vote": "Votar los temas",
           "saved": "Papeleta guardada", "left": "Pegatinas restantes: 0 de 5", "plan": "Mi programa",
           "round": "Ronda 1", "share": "Compartir una experiencia", "shared": "Compartido", "wall": "Muro en directo"},
}
LANGS = {1: "en", 2: "fr", 3: "es"}

def phone(n):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 f"--user-data-dir={os.path.join(profiles, f'phone{n}')}"):
        options.add_argument(flag)
    if n == 2:
        options.add_argument("--accept-lang=fr-FR,fr")
        options.add_experimental_option("prefs", {"intl.accept_languages": "fr-FR,fr"})
    else:
        options.add_argument("--accept-lang=en-US,en")
        options.add_experimental_option("prefs", {"intl.accept_languages": "en-US,en"})
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 2.0}})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True})
    return driver

def go(driver, by, what):
    """Clicks a link or a button and waits for the next page to replace this one."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(by, what).click()
    WebDriverWait(driver, 90).until(lambda _: gone(old))

def gone(element):
    """Whether `element` left the document. Chromium may answer a detached node with a plain
    WebDriverException ("Node with given id does not belong to the document") rather than
    StaleElementReferenceException, which selenium's staleness_of lets through."""
    try:
        element.is_enabled()
        return False
    except WebDriverException:
        return True

def check(driver, name, want):
    global pages
    pages += 1
    width = driver.execute_script("return document.documentElement.scrollWidth")
    inner = driver.execute_script("return window.innerWidth")
    if width > inner:
        wide.append(f"{name}: {width} > {inner}")
    lang = driver.execute_script("return document.documentElement.lang")
    if lang != want:
        errors.append(f"{name}: lang={lang!r}")
    driver.save_screenshot(os.path.join(out, f"{name}.png"))

def expect(driver, text, name):
    body = driver.find_element(By.TAG_NAME, "body").text
    if text not in body:
        errors.append(f"{name}: expected {text!r}, page says {body[:300]!r}")

phones = [phone(n) for n in (1, 2, 3)]
try:
    for n, driver in enumerate(phones, start=1):
        p, lang = f"phone{n}", LANGS[n]
        w = {key: text.format(n=n) for key, text in WORDS[lang].items()}
        driver.get(url)
        if n == 3:
            go(driver, By.LINK_TEXT, "Español")
        check(driver, f"{p}-join", lang)
        driver.find_element(By.ID, "q").send_keys(f"Phone owner {n}")
        go(driver, By.CSS_SELECTOR, "form[role=search] button")
        go(driver, By.CSS_SELECTOR, f"button[name=participant][value='{n}']")
        expect(driver, w["you"], p)
        check(driver, f"{p}-home", lang)
        go(driver, By.LINK_TEXT, w["propose"])
        driver.find_element(By.ID, "title").send_keys(f"Idea of phone {n}")
        driver.find_element(By.ID, "description").send_keys("A long description that must wrap on a narrow screen " * 3)
        go(driver, By.CSS_SELECTOR, "button.primary")
        expect(driver, f"Idea of phone {n}", p)
        check(driver, f"{p}-propose", lang)
        go(driver, By.LINK_TEXT, w["vote"])
        check(driver, f"{p}-vote-form", lang)
        field = driver.find_element(By.ID, "t1")
        field.clear(); field.send_keys("3")
        field = driver.find_element(By.ID, "t2")
        field.clear(); field.send_keys("2")
        go(driver, By.CSS_SELECTOR, "button.primary")
        expect(driver, w["saved"], p)
        expect(driver, w["left"], p)
        check(driver, f"{p}-vote-saved", lang)
        go(driver, By.LINK_TEXT, w["plan"])
        expect(driver, w["round"], p)
        check(driver, f"{p}-plan", lang)
        go(driver, By.LINK_TEXT, w["share"])
        driver.find_element(By.ID, "title").send_keys(f"Experience {n}")
        driver.find_element(By.ID, "challenge").send_keys("Few makers")
        go(driver, By.CSS_SELECTOR, "button.primary")
        # The summary after the label is the reducer's, in English until Core's messages are translated.
        expect(driver, w["shared"], p)
        expect(driver, f"shared “Experience {n}”", p)
        check(driver, f"{p}-share", lang)
        go(driver, By.LINK_TEXT, w["wall"])
        check(driver, f"{p}-wall", lang)
finally:
    for driver in phones:
        driver.quit()
print(json.dumps({"phones": len(phones), "pages": pages, "wide": wide, "errors": errors}), flush=True)
