"""A Transparency Window between two phones, live: started, joined, paused for both when one
rating goes above 5, resumed when both are calm and ready, ended by its open time, reflected on.
The server's window is 20 seconds long here (`--window-seconds`), not ten minutes."""

import time

from selenium.common.exceptions import WebDriverException

from harness import E2ETestCase, assert_fits_phone, click_and_wait, find, tap, wait_until

WINDOW_SECONDS = 20


def phase(driver):
    return driver.execute_script(
        "var s = document.getElementById('window-live'); return s && s.getAttribute('data-phase');")


def wait_for_phase(driver, expected, what, seconds=15):
    """Waits for the live part to reach `expected` by itself: no click, no reload."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if phase(driver) == expected:
                return
        except WebDriverException:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{what}: the window did not reach {expected!r} (it is {phase(driver)!r})")


def mark_page(driver):
    """A mark on this document: if it is still there later, the page changed without reloading."""
    driver.execute_script("window.__e2eSamePage = true;")


def same_page(driver):
    return driver.execute_script("return window.__e2eSamePage === true;")


class WindowTest(E2ETestCase):
    server_args = ("--window-seconds", str(WINDOW_SECONDS))

    def test_a_live_window_pauses_for_both_resumes_and_ends_on_time(self):
        sam, alex = self.paired_browsers("Sam", "Alex")

        sam.get(self.server.url("/home"))
        click_and_wait(sam, "#nav-window")
        find(sam, "textarea[name='question']").send_keys("What did you tell your sister about us?")
        click_and_wait(sam, "#start-window")
        self.assertIn("Alex is invited", find(sam, "#confirmation").text)
        self.assertEqual(phase(sam), "invited")
        mark_page(sam)

        alex.get(self.server.url("/home"))
        self.assertIn("Sam would like a Transparency Window with you", find(alex, "#waiting").text)
        click_and_wait(alex, "#waiting a")
        self.assertNotIn("sister", alex.page_source)  # the question stays Sam's until Alex joins
        click_and_wait(alex, "#join-window")
        self.assertIn("What did you tell your sister about us?", find(alex, ".window-question").text)
        mark_page(alex)

        # Sam's page opens by itself when Alex joins.
        wait_for_phase(sam, "open", "Sam, after Alex joined")
        self.assertIn("sister", find(sam, ".window-question").text)
        self.assertTrue(same_page(sam))
        assert_fits_phone(sam)

        # Alex's 7 pauses the window for both; Sam sees it without touching anything.
        find(alex, "button.rating[value='7']").click()
        wait_for_phase(alex, "paused", "Alex, after rating 7")
        wait_for_phase(sam, "paused", "Sam, after Alex rated 7")
        self.assertIn("Alex: 7", find(sam, "#ratings").text)
        find(sam, ".breathe")
        self.assertFalse(sam.find_elements("css selector", "#remaining"))
        assert_fits_phone(sam)

        # Both calm down and say they are ready: open again, for both.
        find(alex, "button.rating[value='4']").click()
        wait_until(alex, lambda d: d.find_elements("css selector", "#ready"), "Alex's ready button")
        tap(alex, "#ready")
        wait_until(alex, lambda d: "Waiting for Sam" in d.find_element("id", "window-live").text,
                   "Alex waiting for Sam", ignored=(WebDriverException,))
        mark_page(sam)
        tap(sam, "button.rating[value='4']")
        wait_until(sam, lambda d: d.find_elements("css selector", "#ready"), "Sam's ready button")
        tap(sam, "#ready")
        wait_for_phase(sam, "open", "Sam, after both were ready")
        mark_page(alex)
        wait_for_phase(alex, "open", "Alex, after both were ready")
        self.assertTrue(same_page(alex))

        # The window ends when its open time is used up, on both phones.
        wait_for_phase(sam, "none", "Sam, at the end of the open time", seconds=WINDOW_SECONDS + 15)
        wait_for_phase(alex, "none", "Alex, at the end of the open time", seconds=15)
        for driver in (sam, alex):
            self.assertIn("ran its full time", find(driver, "#window-past").text)
            self.assertIn("paused once", find(driver, "#window-past").text)

        # Each reflects: Alex keeps his private, Sam shares hers.
        find(alex, "#window-past textarea[name='text']").send_keys("I got defensive about my sister.")
        click_and_wait(alex, "#window-past button.reflect")
        self.assertIn("Kept for you alone", find(alex, "#confirmation").text)
        find(sam, "#window-past textarea[name='text']").send_keys("I felt heard, mostly.")
        find(sam, "#window-past input[name='shared']").click()
        click_and_wait(sam, "#window-past button.reflect")
        alex.get(self.server.url("/window"))
        self.assertIn("Sam\u2019s reflection: I felt heard, mostly.", find(alex, "#window-past").text)
        sam.get(self.server.url("/window"))
        self.assertNotIn("defensive about my sister", sam.page_source)
        assert_fits_phone(alex)
