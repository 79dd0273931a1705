"""Gates run in headless Chromium over the site served on loopback: one browser for all pages."""

import json
import time

import browser_scripts as js
import search_gates
from results import note
from static_gates import SINGLE_PURPOSE

WIDTHS = (390, 1280)
PHONE_HEIGHT, DESK_HEIGHT = 844, 800
# The width for the gates that do not depend on the layout (toc, language-link, print).
WIDE = 1280
EDITION_LANG = {"zh": "zh-Hans", "en": "en"}


def make_driver():
    """Headless Chromium through Debian's chromedriver, with console and network logs on."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
        f"--window-size={WIDE},{DESK_HEIGHT}",
        # A language the site does not offer, so the root chooser stays put instead of redirecting.
        "--lang=fr",
    ):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "fr"})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(30)
    return driver


class BrowserGates:
    """Loads every page at each width and records the browser gates for it."""

    def __init__(self, site, server, results):
        self.site = site
        self.server = server
        self.results = results
        self.languages = {}  # page path -> what LANGUAGE returned at the wide width

    def run(self):
        try:
            driver = make_driver()
        except Exception as error:  # the whole browser suite hinges on this one start
            self.results.check("(browser)", "start", [f"Chromium did not start: {error}".splitlines()[0]])
            return
        try:
            for width in WIDTHS:
                self._set_width(driver, width)
                for path in self.site.pages:
                    self._page(driver, path, width)
            self._language_links(driver)
            search_gates.run(driver, self.site, self.server, self.results, set(self.site.pages))
        finally:
            driver.quit()

    def _set_width(self, driver, width):
        mobile = width < 600
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": PHONE_HEIGHT if mobile else DESK_HEIGHT,
            "deviceScaleFactor": 1, "mobile": mobile,
        })

    def _page(self, driver, path, width):
        started = time.monotonic()
        self._drain(driver)
        try:
            driver.get(self.server.url(path))
            driver.execute_async_script("document.fonts.ready.then(() => arguments[0]())")
        except Exception as error:
            self.results.check(path, f"load@{width}", [f"the page did not load: {str(error).splitlines()[0]}"])
            return
        try:
            self._checks(driver, path, width)
        except Exception as error:  # a page that breaks a gate's script fails, the run goes on
            self.results.check(path, f"browser@{width}", [f"a gate could not run: {str(error).splitlines()[0]}"])
        note(f"  {path} @{width}: {time.monotonic() - started:.1f} s")

    def _checks(self, driver, path, width):
        check = self.results.check
        overflow = driver.execute_script(js.OVERFLOW, width)
        problems = []
        if overflow["scrollWidth"] > width + 1:
            problems.append(f"the page is {overflow['scrollWidth']} px wide in a {width} px viewport")
            problems += overflow["offenders"]
        check(path, f"overflow@{width}", problems)
        problems = []
        for chart in driver.execute_script(js.CHARTS):
            if chart["width"] < 1 or chart["height"] < 1:
                problems.append(f"chart {chart['name']} is {chart['width']:.0f}×{chart['height']:.0f} px")
            problems += [f"chart {chart['name']}: {spill}" for spill in chart["spills"]]
        check(path, f"charts@{width}", problems)
        check(path, f"focus@{width}", self._focus(driver, path))
        if width == WIDE:
            self.languages[path] = driver.execute_script(js.LANGUAGE)
            toc = driver.execute_script(js.TOC)
            check(path, "toc", toc["problems"])
            check(path, "print", self._print(driver))
            if driver.execute_script("return !!document.querySelector('[data-directory] input[data-filter]')"):
                check(path, "directory-filter", self._directory_filter(driver))
        console, requests = self._logs(driver)
        check(path, f"console@{width}", console)
        check(path, f"requests@{width}", requests)

    def _focus(self, driver, path):
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys

        driver.execute_script("window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();")
        ActionChains(driver).send_keys(Keys.TAB).perform()
        return driver.execute_script(js.FOCUS, path not in SINGLE_PURPOSE)

    def _directory_filter(self, driver):
        """Typing part of an agency's name narrows the list to the agencies that contain it."""
        from selenium.webdriver.common.by import By

        box = driver.find_element(By.CSS_SELECTOR, "[data-directory] input[data-filter]")
        visible = "return [...document.querySelectorAll('[data-directory] li')].filter(li => li.getClientRects().length).length"
        total = driver.execute_script(visible)
        query = "清华大学" if driver.execute_script("return document.documentElement.lang") == "zh-Hans" else "Tsinghua"
        driver.execute_script("arguments[0].scrollIntoView()", box)
        box.send_keys(query)
        shown = driver.execute_script(visible)
        matching = driver.execute_script(
            "return [...document.querySelectorAll('[data-directory] li')].filter(li => li.textContent.includes(arguments[0])).length", query)
        count = driver.execute_script("return document.querySelector('[data-directory] output').textContent")
        box.clear()
        box.send_keys(" ")
        problems = []
        if not 0 < shown < total:
            problems.append(f"typing '{query}' left {shown} of {total} agencies shown")
        if shown != matching:
            problems.append(f"typing '{query}' shows {shown} agencies but {matching} contain it")
        if str(shown) not in count:
            problems.append(f"the count says '{count}' while {shown} are shown")
        return problems

    def _print(self, driver):
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        try:
            return driver.execute_script(js.PRINT)
        finally:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

    def _drain(self, driver):
        driver.get_log("browser")
        driver.get_log("performance")

    def _logs(self, driver):
        """(console errors, failed requests) since the last drain."""
        console = [
            entry["message"][:300] for entry in driver.get_log("browser")
            if entry.get("level") == "SEVERE"
        ]
        urls, failed = {}, []
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            method, params = message.get("method"), message.get("params", {})
            if method == "Network.requestWillBeSent":
                urls[params["requestId"]] = params["request"]["url"]
            elif method == "Network.responseReceived":
                status = params["response"].get("status", 0)
                if status >= 400:
                    failed.append(f"{self._short(params['response']['url'])} answered {status}")
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                url = urls.get(params.get("requestId"), "?")
                failed.append(f"{self._short(url)} failed: {params.get('errorText')}")
        return console, failed

    def _short(self, url):
        return url[len(self.server.base):] if url.startswith(self.server.base) else url

    def _language_links(self, driver):
        """Every edition page links to its twin in the other edition, and the twin links back."""
        for path, page in self.site.pages.items():
            if page.edition not in EDITION_LANG:
                continue
            seen = self.languages.get(path)
            if seen is None:
                continue  # the page did not load; that failure is already recorded
            problems = []
            other = next(code for code in EDITION_LANG if code != page.edition)
            expected = other + path[len(page.edition):]
            if not seen["link"]:
                problems.append("no a.language-switch link")
            else:
                target = self._short(seen["link"])
                if target != expected:
                    problems.append(f"the language link leads to {target}, not {expected}")
                if seen["hreflang"] != EDITION_LANG[other] or seen["linkLang"] != EDITION_LANG[other]:
                    problems.append(f"the language link has hreflang={seen['hreflang']} lang={seen['linkLang']}, "
                                    f"expected {EDITION_LANG[other]}")
                back = self.languages.get(target) or self._visit(driver, target)
                if back is None:
                    problems.append(f"{target} does not load")
                else:
                    if back["lang"] != EDITION_LANG[other]:
                        problems.append(f"{target} has lang={back['lang']}, expected {EDITION_LANG[other]}")
                    if not back["link"] or self._short(back["link"]) != path:
                        problems.append(f"{target} links back to {back['link'] and self._short(back['link'])}, not {path}")
            self.results.check(path, "language-link", problems)

    def _visit(self, driver, path):
        if path not in self.site.files:
            return None
        try:
            driver.get(self.server.url(path))
            return driver.execute_script(js.LANGUAGE)
        except Exception:
            return None
