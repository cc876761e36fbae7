"""News reaches the person it concerns: each step one partner takes shows on the other's home, by
name and day, opens the right place in one tap, and stops being new once opened. A private entry
changes nothing on the other's home."""

import json
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from harness import (E2ETestCase, assert_fits_phone, click_and_wait, describe, find, open_area, reveal,
                     url_path)


class NewsTest(E2ETestCase):

    def news_item(self, driver, words):
        """The home's news line holding `words`, or a failure that shows the home."""
        driver.get(self.server.url("/home"))
        for item in driver.find_elements(By.CSS_SELECTOR, "#news li.news-item"):
            if words in item.text:
                return item
        self.fail(f"no news {words!r} on home" + describe(driver))

    def assert_news(self, reader, words, path):
        """`words` on the reader's home, new; one tap opens `path`; then it is no longer new."""
        item = self.news_item(reader, words)
        self.assertIn("unseen", item.get_attribute("class"), f"{words!r} should be new" + describe(reader))
        self.assertIn("Today", item.text)
        assert_fits_phone(reader)
        reader.execute_script("window.__e2eOldPage = true;")
        item.find_element(By.CSS_SELECTOR, "a").click()
        find(reader, "h1")
        self.assertEqual(url_path(reader.current_url), path, f"{words!r} opened the wrong place")
        item = self.news_item(reader, words)
        self.assertNotIn("unseen", item.get_attribute("class"), f"{words!r} is still new once opened")

    def test_each_step_reaches_the_others_home(self):
        alice, bob = self.paired_browsers()
        tag = uuid.uuid4().hex[:6]

        open_area(alice, self.server, "Honesty")
        click_and_wait(alice, "section.area-repair .switch-off")
        area_path = url_path(alice.current_url)
        self.assert_news(bob, "Alice’s trust about Honesty is off now", area_path)

        open_area(bob, self.server, "Honesty")
        click_and_wait(bob, ".ask-what-happened")
        self.assert_news(alice, "Bob asks about Honesty: What happened?", area_path)

        alice.get(self.server.url("/home"))
        find(alice, "#waiting textarea[name='answer']").send_keys(f"The statement {tag}")
        click_and_wait(alice, "#waiting .answer-question")
        self.assert_news(bob, "Alice answered your question about Honesty", area_path)

        alice.get(self.server.url("/repair/asked"))
        Select(reveal(alice, "#request-action-form select[name='area']")).select_by_visible_text("Honesty")
        reveal(alice, "#action-what").send_keys(f"Text me when you leave work {tag}")
        Select(reveal(alice, "#request-action-form select[name='cadence']")).select_by_value("daily")
        click_and_wait(alice, "#request-action")
        self.assert_news(bob, "Alice asked you", "/repair/asked-of-me")

        bob.get(self.server.url("/repair/asked-of-me"))
        click_and_wait(bob, ".accept-action")
        click_and_wait(bob, ".report-done")
        self.assert_news(alice, "Bob did", "/repair/asked")
        self.assertIn("Say you noticed", self.news_item(alice, "Bob did").text)

        bob.get(self.server.url("/integrity"))
        find(bob, "#noticing-what").send_keys(f"You laughed at dinner {tag}")
        bob.find_element(By.XPATH, "//button[@id='record-noticing']/preceding::input[@name='shared'][1]").click()
        click_and_wait(bob, "#record-noticing")
        self.assert_news(alice, "Bob shared an appreciation", "/integrity")

        # A private entry changes nothing on Bob's home, byte for byte.
        bob.get(self.server.url("/home"))
        before = bob.find_element(By.TAG_NAME, "main").get_attribute("innerHTML")
        alice.get(self.server.url("/integrity"))
        find(alice, "#journal-text").send_keys(f"PRIVATE-{tag} kept to myself")
        click_and_wait(alice, "#write-journal")
        bob.get(self.server.url("/home"))
        self.assertEqual(bob.find_element(By.TAG_NAME, "main").get_attribute("innerHTML"), before)
        self.assertNotIn(f"PRIVATE-{tag}", bob.page_source)
