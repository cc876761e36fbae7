"""Hard dates over weeks, on two phones: Sam puts the day it came out on her private list; a week
before it (the server restarted under faketime), home offers her a moment to get ready, and she
tells Alex only that the coming week is hard, in her words. Alex sees that on his home, never the
day's name, until the day has passed."""

import datetime
import shutil
import unittest

from harness import E2ETestCase, assert_fits_phone, click_and_wait, find, later


@unittest.skipUnless(shutil.which("faketime"), "needs Debian's faketime")
class HardDatesTest(E2ETestCase):

    def test_a_week_before_sam_gets_ready_and_tells_alex_only_that_it_is_hard(self):
        server, sam, alex, _ = self.couple_under_faketime()

        day = datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=20)
        sam.get(server.url("/hard-dates"))
        find(sam, "input[name='what']").send_keys("The day I found the messages")
        sam.execute_script("arguments[0].value = arguments[1]", find(sam, "input[name='day']"), day.isoformat())
        click_and_wait(sam, "#add-hard-date")
        self.assertIn("On your list, for you alone", find(sam, "#confirmation").text)
        self.assertIn("in 20 days", find(sam, "#my-hard-dates").text)
        sam.get(server.url("/home"))
        self.assertNotIn("A hard day is close", find(sam, "main").text)

        # Sessions end after a week without use: both look in every six days.
        for days in (6, 12, 14):
            server.restart(prefix=later(days))
            alex.get(server.url("/home"))
            sam.get(server.url("/home"))
        click_and_wait(sam, ".waiting-item a[href*='hard-dates']")
        card = find(sam, ".hard-date")
        self.assertIn("It is close", card.text)
        find(sam, "textarea[name='helped']").send_keys("A long walk before work")
        click_and_wait(sam, ".keep-ready")
        self.assertIn("Kept for you alone", find(sam, "#confirmation").text)
        find(sam, "textarea[name='words']").send_keys("I may be quiet. It is not about you.")
        click_and_wait(sam, ".tell-partner")
        self.assertIn("Alex knows the coming week is hard for you", find(sam, "#confirmation").text)
        assert_fits_phone(sam)

        alex.get(server.url("/home"))
        waiting = find(alex, "#waiting").text
        self.assertIn("Sam told you the week up to", waiting)
        self.assertIn("I may be quiet", waiting)
        self.assertNotIn("messages", find(alex, "main").text)
        click_and_wait(alex, ".waiting-item a[href*='hard-dates']")
        self.assertIn("You do not have to fix it", find(alex, "#told-me").text)
        self.assertNotIn("messages", find(alex, "main").text)
        assert_fits_phone(alex)

        server.restart(prefix=later(20))
        alex.get(server.url("/home"))
        self.assertIn("is hard for them", find(alex, "#waiting").text, "on the day itself")
        sam.get(server.url("/home"))
        server.restart(prefix=later(21))
        alex.get(server.url("/home"))
        # Gone from what waits; "What happened" still keeps that she told him.
        self.assertNotIn("is hard for them", find(alex, "#today").text)
        sam.get(server.url("/hard-dates"))
        card = find(sam, ".hard-date").text
        self.assertIn("every year", card)  # it comes back next year, and is not close now
        self.assertNotIn("It is close", card)


if __name__ == "__main__":
    unittest.main()
