"""Rupture and repair between two phones: recorded privately, shared, a repair step from each,
closed when both say it feels repaired."""

from selenium.webdriver.support.ui import Select

from harness import E2ETestCase, assert_fits_phone, click_and_wait, find, reveal


class RupturesTest(E2ETestCase):

    def test_a_rupture_is_repaired_together(self):
        sam, alex = self.paired_browsers("Sam", "Alex")

        sam.get(self.server.url("/home"))
        click_and_wait(sam, "#nav-ruptures")
        reveal(sam, "textarea[name='what']").send_keys("You made plans for Saturday without asking")
        find(sam, "textarea[name='felt']").send_keys("Like an afterthought")
        click_and_wait(sam, "#record-rupture")
        self.assertIn("Kept for you alone", find(sam, "#confirmation").text)

        alex.get(self.server.url("/ruptures"))
        self.assertNotIn("Saturday", alex.page_source)

        click_and_wait(sam, ".share-rupture")
        self.assertIn("Saturday", find(sam, "blockquote.subject").text, "the confirmation shows what is shared")
        click_and_wait(sam, "#confirm-share")
        alex.get(self.server.url("/home"))
        self.assertIn("Sam shared a rupture with you", find(alex, "#waiting").text)
        click_and_wait(alex, "#waiting a")
        self.assertIn("Saturday", find(alex, "#open-ruptures").text)
        reveal(alex, "#open-ruptures textarea[name='text']").send_keys("I am sorry I did not ask you first")
        Select(find(alex, "#open-ruptures select[name='kind']")).select_by_visible_text("What I am sorry for")
        click_and_wait(alex, ".add-step")
        click_and_wait(alex, ".feels-repaired")
        self.assertIn("It closes when Sam says it feels repaired too", find(alex, "#confirmation").text)

        sam.get(self.server.url("/ruptures"))
        self.assertIn("Alex, what I am sorry for: I am sorry I did not ask you first", find(sam, "#open-ruptures").text)
        click_and_wait(sam, ".feels-repaired")
        self.assertIn("It is closed", find(sam, "#confirmation").text)
        self.assertIn("Repaired the same day", find(sam, "#repaired-ruptures").text)
        find(sam, "svg.rupture-timeline")
        assert_fits_phone(sam)
