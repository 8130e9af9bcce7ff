using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Platform.Contracts.Surveys.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;
using Platform.Web.Tests.Surveys.Editor;
using Platform.Web.Tests.Surveys.Links;

namespace Platform.Web.Tests.Journeys;

/// <summary>
/// The surveys' two journeys of the issue, each person in a browser of their own on a phone, by the menus and the
/// pages' own links (the one address typed is the one a child types from the class sheet), with axe-core on every
/// page visited: a coordinator's children's survey from template to results, and centre staff's partnership survey
/// read across its members. Every count is checked against what the SDK publishes for the stored answers.
/// </summary>
[Collection(SurveyAndReportPagesCollection.Name)]
public sealed class SurveyJourneyTests(SharedPlatform shared, BrowserFixture browser)
{
    private const string FewerThanFive = "færre end 5 svar";

    /// <summary>For each bar's rectangle: whether it is drawn, as wide as its count and as high as the bar's box, inside the box.</summary>
    private const string DrawnBars = """
        rects => rects.map(rect => {
            const bar = rect.getBoundingClientRect(), box = rect.ownerSVGElement.getBoundingClientRect();
            return bar.width > 0 && box.height > 0 && Math.abs(bar.height - box.height) < 1 && bar.left >= box.left - 1 && bar.right <= box.right + 1;
        })
        """;

    /// <summary>The template's five smiley questions, and the face the child in the journey chooses for each.</summary>
    private static readonly (string Question, string Face)[] ChildsAnswers =
    [
        ("Er du glad for at gå i skole?", "Ja, meget"),
        ("Har du nogen at lege med?", "Ja, lidt"),
        ("Kan du lide at lege udenfor?", "Ja, meget"),
        ("Sover du godt om natten?", "Nej"),
        ("Føler du dig tryg, hvor du bor?", "Ja, meget"),
    ];

    private static readonly (string Id, string Label)[] Faces = [("yes-a-lot", "Ja, meget"), ("yes-a-little", "Ja, lidt"), ("no", "Nej")];

    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_coordinator_builds_a_childrens_survey_from_the_template_previews_publishes_and_prints_a_class_sheet_a_child_answers_on_the_public_page_and_the_results_show_the_count_once_enough_have_answered()
    {
        var code = platform.MunicipalityCodes.Take();
        var partnershipId = await Scenario.PartnershipWithMembersAsync(platform, code);
        var name = MunicipalityCodes.NameOf(code);

        // Signed in from the invitation; the municipality's settings from the main menu get the local area the class is in.
        var page = await Journey.SignInFromInvitationAsync(browser, platform, "Mette Hansen", RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code), 390);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await page.GetByLabel("Lokalområdets navn").FillAsync("Strandparken");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Lokalområdet er tilføjet.");
        await page.AssertNoAxeViolationsAsync();

        // The surveys from the municipality's menu: a new survey from the children's template, as a draft.
        await Journey.OpenMenuAsync(page, name, "Spørgeskemaer");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Spørgeskemaer");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Skabelon").SelectOptionAsync(new SelectOptionValue { Label = "Hvordan har du det? (Børn 6-10 år)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret fra skabelonen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ret spørgeskemaet «Hvordan har du det?»");
        await Assertions.Expect(page.GetByText("Kladde (version 1); ikke udgivet endnu")).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        var surveyId = page.Url.Split('?')[0].Split('/')[^2];

        // The preview: the answer page itself, in a frame at a phone's width.
        await page.GetByRole(AriaRole.Link, new() { Name = "Se forhåndsvisning som på en telefon" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Forhåndsvisning – svarene gemmes ikke.");
        var preview = page.FrameLocator("iframe");
        await Assertions.Expect(preview.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hvordan har du det?");
        await Assertions.Expect(preview.GetByRole(AriaRole.Group, new() { Name = ChildsAnswers[0].Question })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();

        // Back in the editor, version 1 is published.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tilbage til spørgeskemaet" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Udgiv version 1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Version 1 er udgivet og indsamler nu svar.");
        await Assertions.Expect(page.GetByText("Version 1 indsamler svar", new() { Exact = true })).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();

        // A link for the local area, and its class sheet with the address and the QR code.
        await page.GetByRole(AriaRole.Link, new() { Name = "Links og klasseark" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Indsamlingslinks – Hvordan har du det?");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Der er ingen links til undersøgelsen endnu.");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Lokalområde").SelectOptionAsync(new SelectOptionValue { Label = "Strandparken" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hvordan har du det?");
        await Assertions.Expect(page.Locator(".sheet-where")).ToContainTextAsync("Strandparken – åben fra ");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR-kode til undersøgelsen »Hvordan har du det?«" })).ToBeVisibleAsync();
        var sheetAddress = page.Locator("#sheet-address");
        await Assertions.Expect(sheetAddress).ToBeVisibleAsync();
        await page.AssertNoAxeViolationsAsync();
        var address = new Uri(await sheetAddress.InnerTextAsync());
        // The sheet gives the short form, the one a child can type.
        Assert.StartsWith(new Uri(platform.WebAddress, "/surveys/k/").ToString(), address.ToString(), StringComparison.Ordinal);
        var collectionLink = new CollectionLink { Token = page.Url.Split('/')[^2] };

        // A child types the sheet's address on a phone of their own (no session) and answers by tapping the faces.
        var child = await browser.OpenAccessibleAsync(address, 390, "da");
        await Assertions.Expect(child.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hvordan har du det?");
        var age = child.GetByRole(AriaRole.Group, new() { Name = "Hvor gammel er du?" });
        await age.GetByText("6-10 år").ClickAsync();
        await Assertions.Expect(age.GetByRole(AriaRole.Radio, new() { Name = "6-10 år" })).ToBeCheckedAsync();
        foreach (var (question, face) in ChildsAnswers)
        {
            var faces = child.GetByRole(AriaRole.Group, new() { Name = question });
            await faces.GetByText(face).ClickAsync();
            await Assertions.Expect(faces.GetByRole(AriaRole.Radio, new() { Name = face, Exact = true })).ToBeCheckedAsync();
        }

        await child.AssertNoAxeViolationsAsync();
        await child.GetByRole(AriaRole.Button, new() { Name = "Send svar" }).ClickAsync();
        await Assertions.Expect(child.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tak for dit svar!");
        await child.AssertNoAxeViolationsAsync();
        await child.Context.CloseAsync();

        // The child's answer is stored as they gave it.
        var data = new CollectionPagesData(platform, code, partnershipId, await SurveyPages.GetAsync(platform, new Survey { Id = surveyId, MunicipalityCode = code }));
        Assert.Equal(1, (await data.StoredResponsesAsync()).Count);
        foreach (var (question, face) in ChildsAnswers)
        {
            var asked = data.Survey.Definition.Sections.SelectMany(section => section.Questions).Single(q => q.Text.Da == question);
            Assert.Equal(1, (await data.StoredAnswersAsync(asked.Id, Faces.Single(f => f.Label == face).Id)).Count);
        }

        // The results from the survey's pages: one answer reads "færre end 5 svar", and its link leads to the reason.
        await page.GetByRole(AriaRole.Link, new() { Name = "Tilbage til links" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Undersøgelsens sider" }).GetByRole(AriaRole.Link, new() { Name = "Resultater" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Resultater – Hvordan har du det?");
        var responses = page.Locator(".responses");
        await Assertions.Expect(responses).ToHaveTextAsync($"Besvarelser i alt: {FewerThanFive}");
        await responses.GetByRole(AriaRole.Link, new() { Name = FewerThanFive }).ClickAsync();
        await Assertions.Expect(page.Locator("#hidden-counts")).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("#hidden-counts")).ToContainTextAsync("For at beskytte børnenes anonymitet viser vi aldrig et antal under 5");
        await page.AssertNoAxeViolationsAsync();

        // Three more answers make four, then a fifth: the page shows what the SDK publishes for the stored responses
        // (with the cell key method, 4 answers may already show as 5 and 5 answers may still read "færre end 5 svar").
        await data.AnswerEveryQuestionAsync(collectionLink, "yes-a-lot", 3);
        await AssertResponsesShownAsync(page, data, 4);
        await data.AnswerEveryQuestionAsync(collectionLink, "yes-a-little", 1);
        await AssertResponsesShownAsync(page, data, 5);

        // From eight answers the count is always a number (8 less the largest deviation is 5).
        await data.AnswerEveryQuestionAsync(collectionLink, "yes-a-lot", 3);
        var shown = await AssertResponsesShownAsync(page, data, 8);
        Assert.Matches(@"^Besvarelser i alt: \d+ svar$", shown);

        // Each face of a question has its count beside its bar, as the SDK publishes the stored answers.
        foreach (var (question, _) in ChildsAnswers)
        {
            var questionId = data.Survey.Definition.Sections[0].Questions.Single(q => q.Text.Da == question).Id;
            var chart = page.GetByRole(AriaRole.Region, new() { Name = $"{question} – Alle svar", Exact = true });
            var bars = new List<string>();
            foreach (var (optionId, _) in Faces)
            {
                bars.Add(Shown(Disclosed.Cell(await data.StoredAnswersAsync(questionId, optionId))));
            }

            await Assertions.Expect(chart.Locator("tbody th")).ToHaveTextAsync(Faces.Select(face => face.Label).ToArray());
            await Assertions.Expect(chart.Locator("tbody td")).ToHaveTextAsync(bars.ToArray());
            Assert.Equal(bars.Select(bar => Regex.IsMatch(bar, @"^[1-9]\d* svar$")), await chart.Locator("tbody svg.bar rect").EvaluateAllAsync<bool[]>(DrawnBars));
        }

        await page.AssertNoAxeViolationsAsync();
        await page.KeepScreenshotAsync("journey-survey-children-results-da-390");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Centre_staff_write_a_partnership_survey_publish_it_and_read_its_results_by_member_municipality_with_a_small_member_hidden_and_no_free_text()
    {
        var (large, small) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        var partnershipId = await Scenario.PartnershipWithMembersAsync(platform, large, small);
        const string Partnership = "Center for Sundt Liv og Trivsel";

        // Signed in from the invitation; the partnership from the main menu, its surveys from its own menu.
        var page = await Journey.SignInFromInvitationAsync(browser, platform, "Sofie Holm", RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnershipId), 390);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hovedmenu" }).GetByRole(AriaRole.Link, new() { Name = Partnership, Exact = true }).ClickAsync();
        await page.AssertNoAxeViolationsAsync();
        await Journey.OpenMenuAsync(page, Partnership, "Spørgeskemaer");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Partnerskabets spørgeskemaer");
        await page.AssertNoAxeViolationsAsync();

        // The survey is written once: the children's template with a title of its own and an optional free-text question.
        await page.GetByLabel("Skabelon").SelectOptionAsync(new SelectOptionValue { Label = "Hvordan har du det? (Børn 6-10 år)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret fra skabelonen" }).ClickAsync();
        await page.GetByLabel("Titel på dansk", new() { Exact = true }).FillAsync("Trivsel i partnerskabet");
        await page.GetByLabel("Type af nyt spørgsmål i afsnit 1").SelectOptionAsync(new SelectOptionValue { Label = "Fritekst" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj spørgsmål til afsnit 1" }).ClickAsync();
        var added = page.GetByRole(AriaRole.Group, new() { Name = "Spørgsmål 1.6", Exact = true });
        await added.GetByLabel("Spørgsmålet på dansk").FillAsync("Vil du fortælle os mere?");
        await added.GetByLabel("Skal besvares").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ændringerne er gemt.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ret spørgeskemaet «Trivsel i partnerskabet»");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Udgiv version 1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Version 1 er udgivet og indsamler nu svar.");
        await page.AssertNoAxeViolationsAsync();
        var surveyId = page.Url.Split('?')[0].Split('/')[^2];
        var survey = await SurveyPages.GetAsync(platform, new Survey { Id = surveyId, PartnershipId = partnershipId });
        Assert.Equal(("Trivsel i partnerskabet", SurveyState.Published, 6), (survey.Definition.Title.Da, survey.State, survey.Definition.Sections[0].Questions.Count));

        // Each member collects with a link of its own: the large one's answers are enough to show, the small one's are not.
        var members = new Dictionary<string, CollectionPagesData>();
        foreach (var code in new[] { large, small })
        {
            members[code] = new CollectionPagesData(platform, code, partnershipId, new Survey(survey) { MunicipalityCode = code });
        }

        var largeLink = await members[large].LinkAsync();
        await members[large].AnswerEveryQuestionAsync(largeLink, "yes-a-lot", 6, "Hemmelig tekst fra skolen");
        await members[large].AnswerEveryQuestionAsync(largeLink, "no", 3);
        // One answer is always shown as the band (1 plus the largest deviation is still under 5).
        await members[small].AnswerEveryQuestionAsync(await members[small].LinkAsync(), "yes-a-little", 1, "Hemmelig tekst fra byen");

        // The results from the survey's page, by municipality: each member's count and the count behind each bar.
        await page.GetByRole(AriaRole.Link, new() { Name = "Resultater", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Resultater – Trivsel i partnerskabet");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByLabel("Opdel efter").SelectOptionAsync(new SelectOptionValue { Label = "Kommune" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis resultater" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]by=municipality"));
        // The survey's responses in every member (the stored responses of a partnership's survey are all its members').
        var everyMember = Disclosed.Cell(await members[large].StoredResponsesAsync());
        await Assertions.Expect(page.Locator(".responses")).ToHaveTextAsync($"Besvarelser i alt: {Shown(everyMember)}");
        foreach (var (question, _) in ChildsAnswers)
        {
            var questionId = survey.Definition.Sections[0].Questions.Single(q => q.Text.Da == question).Id;
            var numbers = false;
            foreach (var (code, member) in members)
            {
                var chart = page.GetByRole(AriaRole.Region, new() { Name = $"{question} – {MunicipalityCodes.NameOf(code)}", Exact = true });
                var total = Disclosed.Cell(await member.StoredAnswersAsync(questionId));
                await Assertions.Expect(chart.Locator("caption")).ToHaveTextAsync($"{MunicipalityCodes.NameOf(code)}: {Shown(total)}");
                await Assertions.Expect(chart.Locator("tbody th")).ToHaveTextAsync(Faces.Select(face => face.Label).ToArray());
                await Assertions.Expect(chart.Locator("tbody svg.bar rect")).ToHaveCountAsync(Faces.Length);
                var bars = new List<string>();
                foreach (var (optionId, _) in Faces)
                {
                    bars.Add(Shown(Disclosed.Cell(await member.StoredAnswersAsync(questionId, optionId))));
                }

                await Assertions.Expect(chart.Locator("tbody td")).ToHaveTextAsync(bars.ToArray());

                // A bar is drawn (the bar's full height, inside its box) for a count shown as a number above 0, and only for one.
                var drawn = await chart.Locator("tbody svg.bar rect").EvaluateAllAsync<bool[]>(DrawnBars);
                Assert.Equal(bars.Select(bar => Regex.IsMatch(bar, @"^[1-9]\d* svar$")), drawn);
                numbers |= drawn.Any(bar => bar);
            }

            // The bars of a question compare: the largest count shown, in whichever member, fills its box.
            var widest = await page.Locator($"#q-{questionId} ~ div svg.bar rect").EvaluateAllAsync<double>(
                "rects => Math.max(...rects.map(rect => rect.getBoundingClientRect().width / rect.ownerSVGElement.getBoundingClientRect().width))");
            Assert.Equal(numbers ? 1 : 0, widest, 2);
        }

        // The small member reads "færre end 5 svar" (1 answer), the large one a number; the free text stays with the municipalities.
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = $"{ChildsAnswers[0].Question} – {MunicipalityCodes.NameOf(small)}", Exact = true }).Locator("caption"))
            .ToHaveTextAsync($"{MunicipalityCodes.NameOf(small)}: {FewerThanFive}");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = $"{ChildsAnswers[0].Question} – {MunicipalityCodes.NameOf(large)}", Exact = true }).Locator("caption"))
            .ToHaveTextAsync(new Regex($@"^{Regex.Escape(MunicipalityCodes.NameOf(large))}: \d+ svar$"));
        var freeText = page.GetByRole(AriaRole.Region, new() { Name = "Vil du fortælle os mere?", Exact = true });
        await Assertions.Expect(freeText.GetByText("Fritekstsvar vises kun for kommunens egne roller")).ToBeVisibleAsync();
        Assert.DoesNotContain("Hemmelig tekst", await page.ContentAsync(), StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
        await page.KeepScreenshotAsync("journey-survey-partnership-results-da-390");
        await page.Context.CloseAsync();
    }

    /// <summary>A published cell as the results page writes it.</summary>
    private static string Shown(Cell cell) => cell.Suppressed ? FewerThanFive : $"{cell.Count} svar";

    /// <summary>Reloads the results: <paramref name="count"/> responses are stored, and the page shows what the SDK publishes for them; returns the text.</summary>
    private static async Task<string> AssertResponsesShownAsync(IPage page, CollectionPagesData data, int count)
    {
        var stored = await data.StoredResponsesAsync();
        Assert.Equal(count, stored.Count);
        var expected = $"Besvarelser i alt: {Shown(Disclosed.Cell(stored))}";
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".responses")).ToHaveTextAsync(expected);
        return expected;
    }
}
