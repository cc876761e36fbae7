"""Forms that feel safe: words survive a refusal, a reload keeps the invite, the irreversible asks
first, only the timing field that fits shows, and the time zone starts at the phone's own."""

import os
import unittest
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from harness import (E2ETestCase, assert_fits_phone, click_and_wait, describe, find, new_browser,
                     reveal, signup, start_couple_and_invite, wait_for_path)



def shown(driver, css):
    return driver.find_element(By.CSS_SELECTOR, f"#request-action-form {css}").is_displayed()


class FormsTest(E2ETestCase):

    def test_a_refused_action_keeps_its_words_and_only_the_fitting_timing_field_shows(self):
        alice, _ = self.paired_browsers()
        words = f"Tell me before plans change {uuid.uuid4().hex[:6]}"
        alice.get(self.server.url("/repair/asked"))
        when = Select(reveal(alice, "#request-action-form select[name='cadence']"))
        when.select_by_value("daily")
        self.assertFalse(shown(alice, "input[name='by']"),
                         "a daily action should not show the date field" + describe(alice))
        when.select_by_value("once")
        find(alice, "#request-action-form input[name='by']")
        self.assertFalse(shown(alice, "fieldset"),
                         "a one-off action should not show the days of the week" + describe(alice))
        find(alice, "#action-what").send_keys(words)
        # No date: the server refuses, and everything typed is still there beside the reason.
        click_and_wait(alice, "#request-action")
        find(alice, "#refused")
        self.assertEqual(find(alice, "#action-what").get_attribute("value"), words, describe(alice))
        self.assertEqual(Select(find(alice, "#request-action-form select[name='cadence']"))
                         .first_selected_option.get_attribute("value"), "once", describe(alice))
        assert_fits_phone(alice)

    def test_reloading_after_making_an_invite_keeps_the_same_link(self):
        robin = self.browser()
        signup(robin, self.server, "Robin")
        wait_for_path(robin, "/home")
        link = start_couple_and_invite(robin)
        robin.refresh()
        self.assertEqual(find(robin, "#invite-link").get_attribute("href"), link, describe(robin))
        robin.get(self.server.url("/home"))
        self.assertEqual(find(robin, "#invite-link").get_attribute("href"), link, describe(robin))

    def test_leaving_asks_to_confirm_and_staying_is_one_tap(self):
        alice, _ = self.paired_browsers()
        alice.get(self.server.url("/settings"))
        click_and_wait(alice, "#leave-couple")
        find(alice, "#confirm-leave")
        click_and_wait(alice, "#stay")
        wait_for_path(alice, "/home")
        find(alice, "#nav-repair")  # still in the couple

    def test_the_time_zone_starts_at_the_phones_own(self):
        previous = os.environ.get("TZ")
        os.environ["TZ"] = "America/New_York"  # inherited by chromedriver and the browser
        try:
            phone = new_browser()
        finally:
            if previous is None:
                os.environ.pop("TZ")
            else:
                os.environ["TZ"] = previous
        self.addCleanup(phone.quit)
        phone.get(self.server.url("/signup"))
        chosen = Select(find(phone, "#time-zone")).first_selected_option.get_attribute("value")
        self.assertEqual(chosen, "America/New_York", describe(phone))


if __name__ == "__main__":
    unittest.main()


class RoomLeftTest(E2ETestCase):
    """A box with a limit cuts what is typed or pasted past it; the page says so quietly."""

    def test_a_box_near_its_limit_says_how_much_room_is_left_and_when_a_paste_was_cut(self):
        alice, _ = self.paired_browsers()
        alice.get(self.server.url("/repair/asked"))
        box = reveal(alice, "#action-what")
        limit = int(box.get_attribute("maxlength"))
        box.send_keys("a" * (limit - 5))
        room = alice.find_element(By.CSS_SELECTOR, "#action-what + .room-left")
        self.assertEqual(room.text, "5 characters left.", describe(alice))
        # A paste longer than the room left: the browser keeps what fits, and the page says so.
        alice.execute_script("""
            const box = arguments[0], text = 'b'.repeat(20), data = new DataTransfer();
            data.setData('text/plain', text);
            box.focus();
            box.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
            box.value = (box.value + text).slice(0, Number(box.getAttribute('maxlength')));
            box.dispatchEvent(new InputEvent('input', {inputType: 'insertFromPaste', bubbles: true}));
        """, box)
        self.assertIn("longer than fits", room.text, describe(alice))
        self.assertEqual(len(box.get_attribute("value")), limit)
        box.send_keys("\b" * 40)
        self.assertEqual(room.text, "", "far from the limit it says nothing" + describe(alice))
