"""Home says what is waiting: the partner's question is there, and is answered in two taps."""

import unittest
import uuid

from harness import (E2ETestCase, assert_fits_phone, click_and_wait, describe, find, is_present,
                     open_area, reveal, wait_for_path)

HONESTY = "section.area-repair[data-area-name='Honesty']"


class HomeTest(E2ETestCase):

    def test_partners_question_is_answered_from_home(self):
        alice, bob = self.paired_browsers()
        answer = f"ANSWER-{uuid.uuid4().hex[:8]} Tell me where you are going before you leave"

        alice.get(self.server.url("/home"))
        find(alice, "#today")
        # (After eight in the evening, tonight's journal may be waiting: only the question matters here.)
        self.assertFalse(is_present(alice, "#waiting li.question"), describe(alice))
        open_area(alice, self.server, "Honesty")
        click_and_wait(alice, f"{HONESTY} .switch-off")
        open_area(bob, self.server, "Honesty")
        click_and_wait(bob, f"{HONESTY} .ask-what-can-i-do")

        # Bob sees, quietly, that his question is with Alice.
        bob.get(self.server.url("/home"))
        self.assertIn("What can I do to fix it?", find(bob, "#with-partner").text, describe(bob))

        # Alice opens home: the question is the first thing waiting. Tap the box, type, tap send.
        alice.get(self.server.url("/home"))
        assert_fits_phone(alice)
        item = find(alice, "#waiting li.question")
        self.assertIn("Bob asks about Honesty", item.text, describe(alice))
        box = reveal(alice, "#waiting li.question textarea")
        box.click()
        box.send_keys(answer)
        click_and_wait(alice, "#waiting li.question .answer-question")

        wait_for_path(alice, "/home")
        self.assertEqual(find(alice, "#confirmation").text, "Sent to Bob.", describe(alice))
        self.assertFalse(is_present(alice, "#waiting li.question"), "the answered question still waits")
        open_area(bob, self.server, "Honesty")
        self.assertIn(answer, find(bob, HONESTY).text, describe(bob))


if __name__ == "__main__":
    unittest.main()
