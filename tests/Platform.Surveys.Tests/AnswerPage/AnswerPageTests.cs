using Microsoft.Playwright;
using Platform.Contracts.Surveys.V1;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.AnswerPage;

[Collection(PlatformCollection.Name)]
public sealed class AnswerPageTests(SharedPlatform shared, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] SmileyQuestions = ["Er du glad for at gå i skole?", "Har du nogen at lege med?", "Kan du lide at lege udenfor?", "Sover du godt om natten?", "Føler du dig tryg, hvor du bor?"];

    /// <summary>What a child reads on the children's survey's page, in Danish and in Arabic.</summary>
    private static readonly Dictionary<string, (string[] Questions, string ALittle, string Send, string Thanks)> ChildPages = new()
    {
        ["da"] = (SmileyQuestions, "Ja, lidt", "Send svar", "Tak for dit svar!"),
        ["ar"] = (["هل تحب الذهاب إلى المدرسة؟", "هل عندك أحد تلعب معه؟", "هل تحب اللعب في الخارج؟", "هل تنام جيدًا في الليل؟", "هل تشعر بالأمان في المكان الذي تسكن فيه؟"],
            "نعم، قليلًا", "أرسل الإجابات", "شكرًا على إجابتك!"),
    };

    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_child_answers_the_smiley_survey_in_danish_by_tapping_large_faces_and_is_thanked()
    {
        var (_, survey, link, page) = await OpenAsync(templateId: "children-wellbeing-smiley");
        Assert.Equal("da", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Hvordan har du det?", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        foreach (var question in SmileyQuestions)
        {
            var face = page.GetByRole(AriaRole.Group, new() { Name = question }).GetByText("Ja, meget");
            var box = await face.BoundingBoxAsync();
            Assert.True(box is { Width: >= 44, Height: >= 44 }, $"a face must be a large target, was {box?.Width}x{box?.Height}");
            await face.TapAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Send svar" }).ClickAsync();

        Assert.Equal("Tak for dit svar!", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page must fit a phone without sideways scrolling");
        for (var i = 0; i < 4; i++)
        {
            await SurveyFactory.SubmitAsync(platform, link, Guid.NewGuid(), [.. new[] { "happy-at-school", "friends", "play-outside", "sleep", "safe" }.Select(q => Answers.Choice(q, "yes-a-lot"))]);
        }

        var results = await SurveyFactory.ResultsAsync(platform, survey);
        Stored.AssertShows(5, await Stored.AnswersAsync(platform, survey.Id, "safe", "yes-a-lot"),
            results.Questions.Single(q => q.QuestionId == "safe").Options.Single(o => o.OptionId == "yes-a-lot").Cell);
    }

    [Theory]
    [InlineData(320, "da")]
    [InlineData(390, "da")]
    [InlineData(320, "ar")]
    [InlineData(390, "ar")]
    public async Task A_child_answers_the_childrens_survey_by_tapping_at_phone_width_in_danish_and_in_arabic_right_to_left(int width, string language)
    {
        var child = ChildPages[language];
        var (_, survey, _, page) = await OpenAsync(templateId: "children-wellbeing-smiley", width: width, query: $"?lang={language}");

        Assert.Equal((language, language == "ar" ? "rtl" : "ltr"), (await page.GetAttributeAsync("html", "lang"), await page.GetAttributeAsync("html", "dir")));
        foreach (var question in child.Questions)
        {
            var faces = await AssertFacesOnOneRowAsync(page, question, 3);
            // Right to left, the first answer ("a lot") is on the right.
            Assert.True(language == "ar" ? faces[0].X > faces[2].X : faces[0].X < faces[2].X, "the faces run in the page's direction");
            await page.GetByRole(AriaRole.Group, new() { Name = question }).GetByText(child.ALittle, new() { Exact = true }).TapAsync();
        }

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page must fit a phone without sideways scrolling");
        await ScreenshotAsync(page, $"answer-children-{language}-{width}");
        await page.GetByRole(AriaRole.Button, new() { Name = child.Send }).TapAsync();

        // A tap does not wait for the page it leads to: Expect waits for the thank-you.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(child.Thanks);
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(1, (await Stored.AnswersAsync(platform, survey.Id, "safe", "yes-a-little")).Count);
    }

    [Theory]
    [InlineData("da")]
    [InlineData("ar")]
    public async Task A_child_answers_by_keyboard_only_with_tab_space_the_arrow_keys_and_enter(string language)
    {
        var child = ChildPages[language];
        var (_, survey, _, page) = await OpenAsync(templateId: "children-wellbeing-smiley", width: 320, query: $"?lang={language}");
        string[] questions = ["happy-at-school", "friends", "play-outside", "sleep", "safe"];

        foreach (var question in questions)
        {
            await TabToAsync(page, $"[name='q.{question}']");
            Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement.labels[0]).outlineStyle"));
            await page.Keyboard.PressAsync("Space");
            // The arrow key moves to the next face and chooses it, in either direction of writing.
            await page.Keyboard.PressAsync("ArrowDown");
        }

        await TabToAsync(page, "button[type=submit]");
        Assert.Equal(child.Send, await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal(child.Thanks, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Equal(1, (await Stored.AnswersAsync(platform, survey.Id, "happy-at-school", "yes-a-little")).Count);
    }

    [Theory]
    [InlineData("ar-SA,ar;q=0.9,da;q=0.5", "ar")]
    [InlineData("tr-TR", "tr")]
    [InlineData("so, uk;q=0.8", "da")]
    public async Task The_page_is_in_the_browsers_best_language_among_those_the_survey_is_in_else_danish(string acceptLanguage, string shown)
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var link = await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, code, templateId: "children-wellbeing-smiley"));
        var context = await browser.Browser.NewContextAsync(new() { ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = acceptLanguage } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(Url(link));

        Assert.Equal(shown, await page.GetAttributeAsync("html", "lang"));
        // The picker offers the survey's other languages, each named in itself.
        Assert.Equal(new[] { "da", "en", "ar", "tr" }.Where(l => l != shown), await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link).EvaluateAllAsync<string[]>("links => links.map(a => a.lang)"));
    }

    [Fact]
    public async Task The_answer_page_has_no_axe_violations_in_any_of_its_seven_languages_with_an_error_summary()
    {
        var definition = TestSurvey.Definition();
        foreach (var text in Texts(definition))
        {
            foreach (var language in new[] { "ar", "tr", "ur", "so", "uk" })
            {
                text.More[language] = $"{text.En} ({language})";
            }
        }

        var (_, _, link, page) = await OpenAsync(definition, width: 320);
        Assert.Equal(6, await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link).CountAsync());
        foreach (var language in new[] { "da", "en", "ar", "tr", "ur", "so", "uk" })
        {
            await page.GotoAsync(Url(link) + $"?lang={language}");
            await page.Locator("button[type=submit]").ClickAsync();
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
            Assert.Equal(1, await page.Locator("#errors").CountAsync());
            await page.AssertNoAxeViolationsAsync();
            await ScreenshotAsync(page, $"answer-errors-{language}-320");
        }
    }

    [Theory]
    [InlineData(320)]
    [InlineData(360)]
    [InlineData(390)]
    public async Task Three_and_five_faces_stay_on_one_row_of_large_targets_on_a_narrow_phone(int width)
    {
        var definition = TestSurvey.Definition();
        definition.Sections[0].Questions.Add(new Question
        {
            Id = "week", Type = QuestionType.Smiley, Required = true, Text = TestSurvey.Text("Hvordan var din uge?", "How was your week?"),
            Options =
            {
                TestSurvey.Option("great", "Rigtig god", "Very good", positive: true), TestSurvey.Option("good", "God", "Good", positive: true),
                TestSurvey.Option("ok", "Okay", "Okay"), TestSurvey.Option("bad", "Dårlig", "Bad"), TestSurvey.Option("awful", "Rigtig dårlig", "Very bad"),
            },
        });
        var (_, _, _, page) = await OpenAsync(definition, width: width);

        await AssertFacesOnOneRowAsync(page, "Er du glad?", 3);
        await AssertFacesOnOneRowAsync(page, "Hvordan var din uge?", 5);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page must fit a phone without sideways scrolling");
        var week = page.GetByRole(AriaRole.Group, new() { Name = "Hvordan var din uge?" });
        await week.GetByText("Dårlig", new() { Exact = true }).TapAsync();
        Assert.True(await week.GetByRole(AriaRole.Radio, new() { Name = "Dårlig", Exact = true }).IsCheckedAsync());
        await ScreenshotAsync(page, $"answer-faces-da-{width}");
    }

    [Fact]
    public async Task A_missing_required_answer_is_named_in_the_focused_summary_and_beside_its_question_in_english_and_the_given_answers_are_kept()
    {
        var (code, survey, _, page) = await OpenAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        await page.GetByLabel("Anything else?").FillAsync("More football");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answers" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        Assert.Contains("Are you happy?", await alert.TextContentAsync());
        // The summary has the focus (autofocus, no script), so a keyboard or screen reader user starts there.
        Assert.Equal("errors", await page.EvaluateAsync<string>("document.activeElement.id"));
        var mood = page.GetByRole(AriaRole.Group, new() { Name = "Are you happy?" });
        Assert.Equal("true", await mood.GetAttributeAsync("aria-invalid"));
        Assert.Contains("Please answer this question.", await page.Locator("#" + await mood.GetAttributeAsync("aria-describedby")).TextContentAsync());
        Assert.Equal("More football", await page.GetByLabel("Anything else?").InputValueAsync());
        await mood.GetByText("Yes, a lot").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answers" }).ClickAsync();

        Assert.Equal("Thank you for your answer!", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        var texts = await new ResultService.ResultServiceClient(platform.Channel).ListFreeTextAnswersAsync(
            new ListFreeTextAnswersRequest { MunicipalityCode = code, SurveyId = survey.Id, QuestionId = "comment" }, platform.AsAdmin());
        Assert.Equal(["More football"], texts.Texts);
    }

    [Fact]
    public async Task Going_back_after_sending_and_sending_the_form_again_counts_the_answer_once()
    {
        var (_, survey, _, page) = await OpenAsync();
        var responseId = await page.Locator("input[name=response_id]").InputValueAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Er du glad?" }).GetByText("Ja, meget").TapAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send svar" }).ClickAsync();
        Assert.Equal("Tak for dit svar!", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());

        await page.GoBackAsync();
        Assert.Equal(responseId, await page.Locator("input[name=response_id]").InputValueAsync());
        await page.GetByRole(AriaRole.Group, new() { Name = "Er du glad?" }).GetByText("Ja, meget").TapAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send svar" }).ClickAsync();

        Assert.Equal("Tak for dit svar!", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Equal(1, (await Stored.ResponsesAsync(platform, survey.Id)).Count);
    }

    [Fact]
    public async Task A_number_typed_with_a_decimal_comma_is_stored_as_that_number_and_a_word_is_refused_beside_its_field()
    {
        var (_, survey, _, page) = await OpenAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Er du glad?" }).GetByText("Ja, meget").TapAsync();
        var hours = page.GetByLabel("Hvor mange timer sover du?");
        await hours.PressSequentiallyAsync("ti");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send svar" }).ClickAsync();
        Assert.Equal("true", await hours.GetAttributeAsync("aria-invalid"));

        await hours.FillAsync("");
        await hours.PressSequentiallyAsync("10,5");
        Assert.Equal("10,5", await hours.InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Send svar" }).ClickAsync();

        Assert.Equal("Tak for dit svar!", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Equal(1, (await StoredCells.OfAsync(platform, "sv_answers",
            $"\"SurveyId\" = {StoredCells.Id(platform, survey.Id)} AND \"QuestionId\" = 'hours' AND \"Number\" = 10.5")).Count);
    }

    [Fact]
    public async Task A_follow_up_question_appears_only_after_the_answer_its_skip_rule_names_without_any_script()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var link = await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, code));
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "da-DK" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url(link));
        var followUp = page.GetByLabel("Hvorfor?");

        Assert.False(await followUp.IsVisibleAsync());
        await page.GetByRole(AriaRole.Group, new() { Name = "Er du glad?" }).GetByText("Nej").ClickAsync();
        Assert.True(await followUp.IsVisibleAsync());
        await followUp.FillAsync("Min ven er flyttet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send svar" }).ClickAsync();

        Assert.Equal("Tak for dit svar!", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
    }

    [Fact]
    public async Task Every_field_has_a_label_every_group_a_legend_focus_is_visible_and_text_has_enough_contrast()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var link = await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, code, templateId: "parents-everyday-habits"));
        var page = await browser.PhoneAsync();
        await page.GotoAsync(Url(link));

        Assert.Equal(0, await page.EvaluateAsync<int>("[...document.querySelectorAll('input:not([type=hidden]), textarea')].filter(i => i.labels.length === 0).length"));
        Assert.Equal(0, await page.EvaluateAsync<int>("[...document.querySelectorAll('fieldset')].filter(f => !f.querySelector(':scope > legend')?.textContent.trim()).length"));
        var firstChoice = page.GetByRole(AriaRole.Group, new() { Name = "Mit barn spiser morgenmad hver dag." }).GetByLabel("Enig", new() { Exact = true });
        await firstChoice.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.True(await page.GetByRole(AriaRole.Group, new() { Name = "Mit barn spiser morgenmad hver dag." }).GetByLabel("Delvist enig").IsCheckedAsync(),
            "the arrow keys move between the options");
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        var lowest = await page.EvaluateAsync<double>(ContrastScript);
        Assert.True(lowest >= 4.5, $"the lowest text contrast was {lowest:0.00}:1, WCAG AA needs 4.5:1");
    }

    [Fact]
    public async Task An_unknown_link_and_a_closed_link_say_so_instead_of_showing_a_form()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var link = await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, code), openFor: TimeSpan.FromMilliseconds(1500));
        var page = await browser.PhoneAsync();

        var unknown = await page.GotoAsync(Url(link).Replace(link.Token[5..10], "zzzzz"));
        Assert.Equal(404, unknown!.Status);
        Assert.Equal("Siden findes ikke", await page.GetByRole(AriaRole.Heading).TextContentAsync());
        await Poll.UntilAsync("the closed link's page to be gone (410)", async () => (await page.GotoAsync(Url(link)))!.Status, status => status == 410, TimeSpan.FromSeconds(20));
        Assert.Equal("Undersøgelsen er lukket", await page.GetByRole(AriaRole.Heading).TextContentAsync());
        Assert.Equal(0, await page.Locator("form").CountAsync());
    }

    [Fact]
    public async Task A_child_may_give_an_age_band_which_is_stored_with_the_answer_and_counted_in_the_age_band_results()
    {
        var (_, survey, link, page) = await OpenAsync(templateId: "children-wellbeing-smiley");

        var age = page.GetByRole(AriaRole.Group, new() { Name = "Hvor gammel er du? (valgfrit)" });
        Assert.Equal(["6-10 år", "11-15 år"], await age.Locator("label").AllTextContentsAsync());
        await age.GetByLabel("6-10 år").CheckAsync();
        foreach (var question in SmileyQuestions)
        {
            await page.GetByRole(AriaRole.Group, new() { Name = question }).GetByText("Ja, lidt").TapAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Send svar" }).ClickAsync();
        Assert.Equal("Tak for dit svar!", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        for (var i = 0; i < 4; i++)
        {
            await SurveyFactory.SubmitAsync(platform, link, Guid.NewGuid(), "6-10", [.. new[] { "happy-at-school", "friends", "play-outside", "sleep", "safe" }.Select(q => Answers.Choice(q, "yes-a-little"))]);
        }

        var safe = (await SurveyFactory.ResultsAsync(platform, survey, Breakdown.AgeBand)).Questions.Single(q => q.QuestionId == "safe");
        // Five answers in the age band: the page's answer was stored with it.
        Assert.Equal(5, (await StoredCells.OfAsync(platform, "sv_responses", $"\"SurveyId\" = {StoredCells.Id(platform, survey.Id)} AND \"AgeBand\" = '6-10'")).Count);
        Stored.AssertShows(5, await Stored.AnswersAsync(platform, survey.Id, "safe"), safe.Groups.Single(g => g.Group == "6-10").Answers);
    }

    [Fact]
    public async Task The_age_question_is_optional_in_english_too_and_parents_are_not_asked_their_own_age()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var children = await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, code));
        var parents = await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, code, templateId: "parents-everyday-habits"));
        var page = await browser.PhoneAsync();

        await page.GotoAsync(Url(children) + "?lang=en");
        Assert.Equal(2, await page.GetByRole(AriaRole.Group, new() { Name = "How old are you? (optional)" }).GetByRole(AriaRole.Radio).CountAsync());
        await page.GetByRole(AriaRole.Group, new() { Name = "Are you happy?" }).GetByText("Yes, a lot").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send answers" }).ClickAsync();
        Assert.Equal("Thank you for your answer!", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        await page.GotoAsync(Url(parents));
        Assert.Equal(0, await page.GetByRole(AriaRole.Group, new() { Name = "Hvor gammel er du? (valgfrit)" }).CountAsync());
    }

    [Fact]
    public async Task A_link_of_a_municipality_that_switched_surveys_off_shows_a_clear_page_and_keeps_no_answer()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var link = await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, code));
        var page = await browser.PhoneAsync();
        await page.GotoAsync(Url(link));
        var responseId = Guid.Parse(await page.Locator("input[name=response_id]").InputValueAsync());
        await page.GetByRole(AriaRole.Group, new() { Name = "Er du glad?" }).GetByText("Ja, meget").ClickAsync();

        await SurveyFactory.SwitchAsync(platform, code, on: false);
        var sent = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Send svar" }).ClickAsync(), response => response.Request.Method == "POST");
        Assert.Equal(403, sent.Status);
        // The answer arrives before the page shows it: Expect waits for the new page's heading.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kommunen tager ikke imod svar");
        var opened = await page.GotoAsync(Url(link));
        Assert.Equal(403, opened!.Status);
        Assert.Equal(0, await page.Locator("form").CountAsync());

        await SurveyFactory.SwitchAsync(platform, code, on: true);
        // The page's response id was never stored: it counts now, as a first answer.
        Assert.True((await SurveyFactory.SubmitAsync(platform, link, responseId, Answers.Choice("mood", "happy"))).Stored);
    }

    /// <summary>
    /// The question's faces are on one row (the same top), each at least 44 px wide and high, as a finger needs, each
    /// drawn as the same hidden picture above its visible text.
    /// </summary>
    private static async Task<LocatorBoundingBoxResult[]> AssertFacesOnOneRowAsync(IPage page, string question, int faces)
    {
        var labels = page.GetByRole(AriaRole.Group, new() { Name = question }).Locator(".smiley label");
        Assert.Equal(faces, await labels.CountAsync());
        var boxes = await Task.WhenAll((await labels.AllAsync()).Select(label => label.BoundingBoxAsync()));
        Assert.All(boxes, box => Assert.True(box is { Width: >= 44, Height: >= 44 }, $"a face must be a large target, was {box?.Width}x{box?.Height}"));
        Assert.Single(boxes.Select(box => Math.Round(box!.Y)).Distinct());
        Assert.Equal(faces, await labels.Locator("svg[aria-hidden=true]").CountAsync());
        return [.. boxes.Select(box => box!)];
    }

    /// <summary>Presses Tab until the focus is on an element the CSS selector matches, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 30; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("selector => document.activeElement.matches(selector)", selector))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached '{selector}'.");
    }

    /// <summary>Every text of a definition: title, sections, questions and options.</summary>
    private static IEnumerable<LocalText> Texts(SurveyDefinition definition) =>
        definition.Sections.SelectMany(section => section.Questions.SelectMany(question => question.Options.Select(option => option.Label).Prepend(question.Text)).Prepend(section.Title))
            .Prepend(definition.Title);

    /// <summary>A partnership's survey (the test survey unless told), a link to it, and its answer page open on a phone.</summary>
    private async Task<(string Code, Survey Survey, CollectionLink Link, IPage Page)> OpenAsync(
        SurveyDefinition? definition = null, string templateId = "", int width = 360, string query = "")
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyFactory.PublishedAsync(platform, code, definition, templateId);
        var link = await SurveyFactory.LinkAsync(platform, survey);
        var page = await browser.PhoneAsync(width);
        await page.GotoAsync(Url(link) + query);
        return (code, survey, link, page);
    }

    /// <summary>Keeps a screenshot of the whole page in the test output's screenshots folder, to look at.</summary>
    private static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png"), FullPage = true });

    private string Url(CollectionLink link) => new Uri(platform.WebAddress, link.Path).ToString();

    /// <summary>The lowest WCAG contrast ratio of any visible text against the page's white background.</summary>
    private const string ContrastScript = """
        (() => {
          const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
          const luminance = css => { const [r, g, b] = css.match(/\d+(\.\d+)?/g).map(Number); return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b); };
          const background = el => { for (; el; el = el.parentElement) { const c = getComputedStyle(el).backgroundColor; if (!c.startsWith('rgba(0, 0, 0, 0)')) return c; } return 'rgb(255, 255, 255)'; };
          let lowest = 21;
          for (const el of document.querySelectorAll('body *')) {
            if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
            const a = luminance(getComputedStyle(el).color), b = luminance(background(el));
            lowest = Math.min(lowest, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
          }
          return lowest;
        })()
        """;
}
