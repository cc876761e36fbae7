"""Then and now over two months, on two phones: Sam turns her trust on in Money, answers the
three questions and shares them; Alex sees them beside nothing of his own, never added up. A
month later (the server restarted under faketime, every six days so sessions stay alive) she
answers again and the lines move; her timeline marks the way, and Alex sees her local time on
home once she allows it."""

import shutil
import unittest

from harness import E2ETestCase, assert_fits_phone, click_and_wait, find, later, log_in, open_area


@unittest.skipUnless(shutil.which("faketime"), "needs Debian's faketime")
class ThenAndNowTest(E2ETestCase):

    def answer(self, sam, levels, share):
        for part, level in zip(("predictability", "dependability", "faith"), levels):
            find(sam, f"input[name='{part}'][value='{level}']").click()
        if share:
            find(sam, "input[name='shared']").click()
        click_and_wait(sam, ".answer-then-and-now")

    def test_two_months_of_answers_move_the_lines_and_the_partner_sees_only_what_is_shared(self):
        server, sam, alex, (sams, alexs) = self.couple_under_faketime()

        open_area(sam, server, "Money")
        click_and_wait(sam, "button.switch-on")
        sam.get(server.url("/trust"))
        click_and_wait(sam, "#to-then-and-now")
        self.answer(sam, ("rarely", "sometimes", "notYet"), share=True)
        self.assertIn("Shared.", find(sam, "#confirmation").text)
        self.assertIn("You answered this month", find(sam, "main").text)
        assert_fits_phone(sam)

        alex.get(server.url("/then-and-now"))
        self.assertIn("Sam\u2019s trust in you, as they shared it", find(alex, "main").text)
        self.assertEqual(len(alex.find_elements("css selector", "svg.then-and-now circle")), 3)
        self.assertNotIn("%", find(alex, "main").text)

        for days in (6, 12, 18, 24, 30, 36):
            server.restart(prefix=later(days))
            alex.get(server.url("/home"))
            sam.get(server.url("/home"))
        # A session lasts thirty days from its log-in: a month on, both log in again.
        log_in(sam, server, sams)
        log_in(alex, server, alexs)
        sam.get(server.url("/then-and-now"))
        self.answer(sam, ("mostly", "sometimes", "rarely"), share=True)
        alex.get(server.url("/then-and-now"))
        self.assertEqual(len(alex.find_elements("css selector", "svg.then-and-now circle")), 6)
        assert_fits_phone(alex)

        sam.get(server.url("/timeline"))
        self.assertIn("You turned trust on in Money", find(sam, "#timeline").text)
        sam.get(server.url("/home"))
        click_and_wait(sam, "#share-clock")
        alex.get(server.url("/home"))
        self.assertIn("for Sam (", find(alex, "#partner-time").text)


if __name__ == "__main__":
    unittest.main()
