"""Expectations between two phones: proposed, agreed, changed (the old words hold until both agree
to the new), and withdrawn."""

from selenium.webdriver.support.ui import Select

from harness import E2ETestCase, asked_on_home, assert_fits_phone, click_and_wait, find, reveal


class ExpectationsTest(E2ETestCase):

    def test_agree_change_and_withdraw_an_expectation(self):
        sam, alex = self.paired_browsers("Sam", "Alex")

        sam.get(self.server.url("/home"))
        click_and_wait(sam, "#nav-expectations")
        self.assertIn("no way here to ask for a disclosure", find(sam, "#no-demands").text)
        Select(reveal(sam, "select[name='area']")).select_by_visible_text("Friendships")
        find(sam, "textarea[name='words']").send_keys("Dinners with a friend: tell me beforehand")
        # A date input's typing order follows the locale; the value itself is always ISO.
        sam.execute_script("arguments[0].value = '2030-01-15'", find(sam, "form[action='/expectations/propose'] input[name='reviewOn']"))
        click_and_wait(sam, "#propose-expectation")
        self.assertIn("Waiting for Alex to agree", find(sam, "ul.expectations").text)
        self.assertIn("A day to look at it again: Tue, 15 Jan 2030", find(sam, "ul.expectations").text)
        assert_fits_phone(sam)

        # Alex finds the words waiting on home, marked new, one tap from the page to agree.
        alex.get(self.server.url("/home"))
        waiting = find(alex, "#waiting")
        self.assertIn("Sam proposed words for what you expect in Friendships", waiting.text)
        self.assertIn("New", waiting.text)
        click_and_wait(alex, "#waiting a")
        click_and_wait(alex, ".agree-expectation")
        self.assertIn("Holds: you both agreed", find(alex, "ul.expectations").text)

        # Alex proposes other words: the agreed ones still hold until Sam agrees to the new.
        reveal(alex, "ul.expectations textarea[name='words']").send_keys("Dinners with a friend: tell me the same day")
        click_and_wait(alex, ".reword-expectation")
        sam.get(self.server.url("/expectations"))
        text = find(sam, "ul.expectations").text
        self.assertIn("tell me beforehand", text)
        self.assertIn("Proposed: Dinners with a friend: tell me the same day", text)
        click_and_wait(sam, ".agree-expectation")
        self.assertIn("tell me the same day", find(sam, "ul.expectations strong").text)

        # Sam withdraws consent: it stops holding at once, and Alex sees it.
        reveal(sam, ".withdraw-consent")
        click_and_wait(sam, ".withdraw-consent")
        self.assertIn("Your consent is withdrawn", find(sam, "#confirmation").text)
        alex.get(self.server.url("/home"))
        self.assertIn("Sam withdrew consent", find(alex, "#waiting").text)
        click_and_wait(alex, "#waiting a")
        self.assertIn("Does not hold: Sam withdrew consent", find(alex, "ul.expectations").text)
        assert_fits_phone(alex)
        # Told once: after Alex has seen it, home no longer repeats it.
        alex.get(self.server.url("/home"))
        self.assertEqual(asked_on_home(alex), [])
