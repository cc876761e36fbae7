"""Seeing trust grow over weeks, on two phones: Sam names what helps her feel safe in Money and
turns her switch on; Alex says "I did this" from his integrity page and Sam confirms; over the
following weeks (the server restarted under faketime, six days later each time, so sessions
stay alive) she records it happening, and the picture and the pyramid's reasons change."""

import shutil
import unittest

from selenium.webdriver.support.ui import Select

from harness import E2ETestCase, assert_fits_phone, click_and_wait, find, later, open_area, reveal



@unittest.skipUnless(shutil.which("faketime"), "needs Debian's faketime")
class TrustTest(E2ETestCase):

    def test_safe_behaviours_over_weeks_change_the_picture_and_the_reasons(self):
        server, sam, alex, _ = self.couple_under_faketime()

        open_area(sam, server, "Money")
        click_and_wait(sam, "button.switch-on")
        sam.get(server.url("/trust"))
        Select(reveal(sam, "select[name='area']")).select_by_visible_text("Money")
        find(sam, "input[name='what']").send_keys("Ask about my day")
        click_and_wait(sam, "#name-behaviour")
        self.assertIn("Named", find(sam, "#confirmation").text)

        alex.get(server.url("/integrity"))
        self.assertIn("Ask about my day", find(alex, "#safe-behaviours-asked").text)
        click_and_wait(alex, ".did-this")
        self.assertIn("It counts once Sam confirms it", find(alex, "#confirmation").text)

        sam.get(server.url("/trust"))
        self.assertIn("Alex says today: I did this", find(sam, "#safe-behaviours").text)
        click_and_wait(sam, ".confirm-moment")
        self.assertIn("Steady for one week.", find(sam, "#my-trust").text)
        find(sam, "#my-trust svg.switch-pair")  # the same two-way switches as on repair
        trust = reveal(sam, "#pyramid-mine").text
        self.assertIn("Switch on in 1 area.", trust)
        self.assertNotIn("Evidence steady", trust)

        for days in (6, 12, 18):
            server.restart(prefix=later(days))
            sam.get(server.url("/trust"))
            click_and_wait(sam, ".it-happened")
            self.assertIn("Noted. It counts in the picture.", find(sam, "#confirmation").text)
            # Alex keeps his own page: what he did counts there once Sam has said so.
            alex.get(server.url("/integrity"))
            self.assertIn(f"confirmed {days // 6 + 1} times", find(alex, "#safe-behaviours-asked").text)

        money = find(sam, "#my-trust").text
        self.assertIn("Steady for three weeks.", money)
        trust = reveal(sam, "#pyramid-mine").text
        self.assertIn("Evidence steady for 2 weeks or more in Money.", trust)
        self.assertIn("met, resting on a level below", trust)
        self.assertIn("At the beginning: honesty comes first.", find(sam, "#pyramid").text)
        find(sam, "svg.evidence-weeks")
        assert_fits_phone(sam)

        # Alex sees the pyramid both ways, and his integrity page, never a number.
        alex.get(server.url("/trust"))
        self.assertIn("How Sam can rest in me", find(alex, "#pyramid").text)
        find(alex, "#pyramid svg.pyramid-picture")
        self.assertNotIn("%", alex.find_element("tag name", "main").text)
