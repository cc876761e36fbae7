"""The calm evening look: every page a paired member reaches, with the phone in dark mode
(prefers-color-scheme: dark), passes axe-core (colour contrast included) and fits the phone.
The light look is checked the same way by ../shared/tools/web_check.py in CI."""

import glob
import os
import sys

from selenium.webdriver.common.by import By

from harness import E2ETestCase, assert_fits_phone, click_and_wait, describe, find, open_area, walk_pages

AXE = next(iter(sum((glob.glob(os.path.join(p, "axe_selenium_python/node_modules/axe-core/axe.min.js"))
                     for p in sys.path), [])), None)


def dark(driver):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})


class DarkTest(E2ETestCase):

    def test_every_page_in_dark_mode_passes_axe(self):
        self.assertIsNotNone(AXE, "axe-core (axe-selenium-python) is needed for this check")
        with open(AXE, encoding="utf-8") as f:
            axe = f.read()
        alice, bob = self.paired_browsers()
        # Some history, so the pages have something to draw.
        open_area(alice, self.server, "Honesty")
        click_and_wait(alice, "section.area-repair .switch-off")
        open_area(bob, self.server, "Honesty")
        click_and_wait(bob, ".ask-what-happened")
        for driver in (alice, bob):
            dark(driver)
            self.assertTrue(driver.execute_script(
                "return matchMedia('(prefers-color-scheme: dark)').matches"), "dark mode is emulated")
            problems, pages = [], 0
            for path in walk_pages(driver, self.server, 30, skip=("/news/",)):
                pages += 1
                find(driver, "main")
                assert_fits_phone(driver)
                driver.execute_script(axe)
                found = driver.execute_async_script(
                    "const done = arguments[arguments.length - 1];"
                    "axe.run(document, {resultTypes: ['violations']})"
                    ".then(r => done(r.violations.map(v => v.id + ' (' + v.nodes.length + ')')));")
                problems += [f"{path}: {v}" for v in found]
            self.assertEqual(problems, [], "axe in dark mode" + describe(driver))
            self.assertGreater(pages, 10, "the walk reached the member's pages")
