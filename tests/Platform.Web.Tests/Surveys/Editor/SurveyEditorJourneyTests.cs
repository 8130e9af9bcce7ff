using Microsoft.Playwright;
using Platform.Contracts.Surveys.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Surveys.Editor;

/// <summary>A coordinator builds a children's survey from the template in the editor, with script turned off, publishes it and starts the next draft.</summary>
[Collection(SurveyAndReportPagesCollection.Name)]
public sealed class SurveyEditorJourneyTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_coordinator_creates_from_the_childrens_template_edits_a_question_adds_a_skip_rule_publishes_and_editing_makes_draft_version_2()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 } });
        await context.AddCookiesAsync([session]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(SurveyPages.List(platform, code).ToString());

        await page.GetByLabel("Skabelon").SelectOptionAsync(new SelectOptionValue { Label = "Hvordan har du det? (Børn 6-10 år)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret fra skabelonen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Kladde (version 1); ikke udgivet endnu")).ToBeVisibleAsync();
        var first = page.GetByRole(AriaRole.Group, new() { Name = "Spørgsmål 1.1" });
        await first.GetByLabel("Spørgsmålet på dansk").FillAsync("Er du glad for din skole?");

        // A new single-choice question at the end of the first section, shown only when the first is answered "Nej".
        await page.GetByLabel("Type af nyt spørgsmål i afsnit 1").SelectOptionAsync(new SelectOptionValue { Label = "Ét svar (enkeltvalg)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj spørgsmål til afsnit 1" }).ClickAsync();
        var added = page.Locator("fieldset.question").Filter(new() { Has = page.Locator("input[name$='-text-da'][value='']") }).Last;
        var legend = await added.Locator("legend").First.InnerTextAsync();
        await added.GetByLabel("Spørgsmålet på dansk").FillAsync("Hvad er svært?");
        await added.GetByLabel("Svarmulighed 1 på dansk").FillAsync("Frikvarteret");
        await added.GetByLabel("Svarmulighed 2 på dansk").FillAsync("Timerne");
        await added.GetByLabel("Vis kun spørgsmålet, når").SelectOptionAsync(new SelectOptionValue { Label = "«Er du glad for din skole?» er besvaret med «Nej»" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ændringerne er gemt.");
        var surveyId = page.Url.Split('/')[^2];
        var survey = await SurveyPages.GetAsync(platform, new Survey { Id = surveyId, MunicipalityCode = code });
        var questions = survey.Definition.Sections[0].Questions;
        Assert.Equal("Er du glad for din skole?", questions[0].Text.Da);
        var skip = questions.Last();
        Assert.Equal(("Hvad er svært?", QuestionType.SingleChoice), (skip.Text.Da, skip.Type));
        Assert.Equal(questions[0].Id, skip.ShowIf.QuestionId);
        Assert.Equal(["no"], skip.ShowIf.OptionIds);
        Assert.StartsWith("Spørgsmål 1.", legend, StringComparison.Ordinal);
        // The editor edits Danish and English only: saving kept the template's Arabic and Turkish, and a new question has none.
        Assert.Equal("كيف حالك؟", survey.Definition.Title.More["ar"]);
        Assert.Equal("هل عندك أحد تلعب معه؟", questions[1].Text.More["ar"]);
        Assert.Equal("Evet, çok", questions[1].Options[0].Label.More["tr"]);
        Assert.Empty(skip.Text.More);

        await page.GetByRole(AriaRole.Button, new() { Name = "Udgiv version 1" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Version 1 indsamler svar", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("form.editor")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rediger" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Version 1 indsamler svar; version 2 er en kladde")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("form.editor")).ToHaveCountAsync(1);
        var draft = await SurveyPages.GetAsync(platform, survey);
        Assert.Equal((2, SurveyState.Draft, 1), (draft.Version, draft.State, draft.PublishedVersion));
        await context.CloseAsync();
    }
}
