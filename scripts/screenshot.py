#!/usr/bin/python3
"""Screenshots of built pages in headless Chromium, for people to look at.

usage: scripts/screenshot.py OUTPUT_DIR PAGE [PAGE...] [--width 390,1280] [--dir screenshots/tmp] [--height N] [--dark]
                             [--search QUERY]
PAGE is a path under the output folder, e.g. en/overview.html or en/overview.html#figure-x
"""
import argparse, os, sys
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

p = argparse.ArgumentParser()
p.add_argument("output")
p.add_argument("pages", nargs="+")
p.add_argument("--width", default="390,1280")
p.add_argument("--height", type=int, default=0, help="0 = whole page (capped at 12000 px)")
p.add_argument("--dir", default="screenshots/tmp")
p.add_argument("--dark", action="store_true")
p.add_argument("--figures", action="store_true", help="one PNG per chart figure instead of the page")
p.add_argument("--search", help="type QUERY into the header's search box and shoot the results (the window's height)")
a = p.parse_args()
os.makedirs(a.dir, exist_ok=True)
o = Options()
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"):
    o.add_argument(flag)
if a.dark:
    o.add_argument("--force-dark-mode")
    o.add_argument("--blink-settings=preferredColorScheme=0")
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=o)
try:
    for page in a.pages:
        path, _, fragment = page.partition("#")
        for w in [int(x) for x in a.width.split(",")]:
            driver.set_window_size(w, 900)
            driver.get("file://" + os.path.abspath(os.path.join(a.output, path)) + ("#" + fragment if fragment else ""))
            h = a.height or min(12000, driver.execute_script("return document.documentElement.scrollHeight"))
            driver.set_window_size(w, h)
            if fragment:
                driver.execute_script("document.getElementById(arguments[0]).scrollIntoView()", fragment)
            if a.search:
                import time
                from selenium.webdriver.common.by import By
                driver.set_window_size(w, a.height or 900)
                driver.find_element(By.ID, "search-input").send_keys(a.search)
                for _ in range(100):
                    if driver.execute_script("return !!document.querySelector('#search-results li')"):
                        break
                    time.sleep(0.05)
            if a.figures:
                from selenium.webdriver.common.by import By
                for el in driver.find_elements(By.CSS_SELECTOR, "figure.chart-figure"):
                    fid = el.get_attribute("id")
                    name = f"{path.replace('/', '_').replace('.html', '')}_{fid}_{w}{'_dark' if a.dark else ''}.png"
                    el.screenshot(os.path.join(a.dir, name))
                    print(os.path.join(a.dir, name))
                continue
            name = page.replace("/", "_").replace("#", "_").replace(".html", "") + f"_{w}{'_dark' if a.dark else ''}{'_search' if a.search else ''}.png"
            driver.save_screenshot(os.path.join(a.dir, name))
            print(os.path.join(a.dir, name))
finally:
    driver.quit()
