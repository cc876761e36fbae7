"""The weekly check-in on two phones: Sam proposes Sundays at 20:00 and Alex agrees; Sam writes her
turn, and Alex learns only that it is written; his turn opens both at once; he can only say he
heard her, or thank her."""

from selenium.webdriver.support.ui import Select

from harness import E2ETestCase, assert_fits_phone, click_and_wait, find


class CheckInTest(E2ETestCase):

    def test_both_turns_open_together_and_the_listener_only_says_they_heard(self):
        sam, alex = self.paired_browsers("Sam", "Alex")
        sam.get(self.server.url("/check-in"))
        Select(find(sam, "select[name='weekday']")).select_by_visible_text("Sunday")
        sam.execute_script("arguments[0].value = '20:00'", find(sam, "input[name='time']"))
        click_and_wait(sam, "#propose-talk")
        self.assertIn("It starts once Alex agrees", find(sam, "#confirmation").text)

        alex.get(self.server.url("/home"))
        self.assertIn("Sam proposes a weekly check-in on Sundays at 20:00", find(alex, "#waiting").text)
        click_and_wait(alex, "#waiting a[href^='/check-in']")
        click_and_wait(alex, "#agree-talk")

        sam.get(self.server.url("/check-in"))
        find(sam, "textarea[name='feel']").send_keys("Tired, and hopeful about us")
        find(sam, "textarea[name='appreciate']").send_keys("You made time on Sunday")
        click_and_wait(sam, "#write-turn")
        self.assertIn("opens together with Alex", find(sam, "#confirmation").text)

        alex.get(self.server.url("/check-in"))
        self.assertIn("Sam has written their turn. Yours opens both.", find(alex, "#this-week").text)
        self.assertNotIn("hopeful", find(alex, "main").text)
        find(alex, "textarea[name='own']").send_keys("I was short with you on Thursday")
        click_and_wait(alex, "#write-turn")
        self.assertIn("Both turns are open now", find(alex, "#confirmation").text)
        week = find(alex, ".talk-week").text
        self.assertIn("Tired, and hopeful about us", week)
        self.assertIn("I was short with you on Thursday", week)
        assert_fits_phone(alex)
        click_and_wait(alex, "button.heard")
        self.assertEqual(alex.find_elements("css selector", "button.heard"), [], "said once, nothing more")

        sam.get(self.server.url("/check-in"))
        self.assertIn("Alex heard you.", find(sam, ".talk-week").text)
        self.assertIn("I was short with you on Thursday", find(sam, ".talk-week").text)
        assert_fits_phone(sam)
