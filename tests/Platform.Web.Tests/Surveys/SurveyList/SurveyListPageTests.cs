using Microsoft.Playwright;
using Platform.Contracts.Surveys.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;
using Platform.Web.Tests.Surveys.Editor;

namespace Platform.Web.Tests.Surveys.SurveyList;

/// <summary>The survey list of a municipality (its own and its partnership's surveys) and of a partnership, written once by the centre's staff.</summary>
[Collection(SurveyAndReportPagesCollection.Name)]
public sealed class SurveyListPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_list_says_each_surveys_status_and_answers_in_words_marks_the_partnerships_survey_and_passes_axe_in_Danish_and_English()
    {
        var code = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, code);
        var own = await SurveyPages.PublishAsync(platform, await SurveyPages.FromTemplateAsync(platform, code));
        await SurveyPages.Client(platform).UpdateSurveyAsync(
            new UpdateSurveyRequest { MunicipalityCode = code, SurveyId = own.Id, Definition = own.Definition, ExpectedVersion = own.Version }, platform.AsAdmin());
        var shared = await SurveyPages.FromTemplateAsync(platform, code, partnership);
        shared.Definition.Title.Da = "Partnerskabets trivselsmåling";
        shared.Definition.Title.En = "The partnership's well-being survey";
        shared = await SurveyPages.Client(platform).UpdateSurveyAsync(
            new UpdateSurveyRequest { PartnershipId = partnership, SurveyId = shared.Id, Definition = shared.Definition, ExpectedVersion = 1 }, platform.AsAdmin());
        await SurveyPages.PublishAsync(platform, shared);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

        foreach (var language in AccessiblePages.Languages)
        {
            foreach (var width in AccessiblePages.Widths)
            {
                var page = await browser.OpenAccessibleAsync(SurveyPages.List(platform, code), width, language, session);
                var (status, answers, mark) = language == "da"
                    ? ("Version 1 indsamler svar; version 2 er en kladde", "Ingen svar", "fra partnerskabet")
                    : ("Version 1 is collecting answers; version 2 is a draft", "No answers", "from the partnership");
                var ownRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = language == "da" ? "Hvordan har du det?" : "How are you?" });
                Assert.Equal([language == "da" ? "Børn 6-10 år" : "Children aged 6-10", status, answers], await ownRow.GetByRole(AriaRole.Cell).AllInnerTextsAsync());
                var sharedRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = mark });
                await Assertions.Expect(sharedRow.GetByRole(AriaRole.Rowheader)).ToContainTextAsync(language == "da" ? "Partnerskabets trivselsmåling" : "The partnership's well-being survey");
                if (width == 1280 && language == "da")
                {
                    await page.ScreenshotAsync(new() { Path = Repository.DocsImage("survey-list.png") });
                }

                await page.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task Centre_staff_write_a_partnership_survey_once_and_a_member_municipality_sees_it_read_only()
    {
        var code = platform.MunicipalityCodes.Take();
        var partnership = await Scenario.PartnershipWithMembersAsync(platform, code);
        var staff = await SignIn.SessionAsync(platform, RoleGrant.ForPartnership(PlatformRole.PartnershipStaff, partnership));
        var page = await browser.OpenAccessibleAsync(SurveyPages.PartnershipList(platform, partnership), 1280, "da", staff);

        await page.Locator("#survey-title").FillAsync("Forældres hverdag i partnerskabet");
        await page.GetByLabel("Målgruppe").SelectOptionAsync(new SelectOptionValue { Label = "Forældre til børn 0-5 år" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Opret tomt spørgeskema" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ret spørgeskemaet «Forældres hverdag i partnerskabet»");
        await page.Locator("#s0-q0-text-da").FillAsync("Hvor mange timer sover dit barn?");
        await page.Locator("#s0-q0-type").SelectOptionAsync(nameof(QuestionType.Number));
        await page.GetByRole(AriaRole.Button, new() { Name = "Skift til den valgte type" }).ClickAsync();
        await page.Locator("#s0-q0-min").FillAsync("0");
        await page.Locator("#s0-q0-max").FillAsync("24");
        await page.Locator("button[value=save]:visible").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ændringerne er gemt.");
        await page.AssertNoAxeViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Udgiv version 1" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Version 1 indsamler svar", new() { Exact = true })).ToBeVisibleAsync();
        var surveyId = page.Url.Split('/')[^2].Split('?')[0];
        await page.Context.CloseAsync();

        var member = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));
        var list = await browser.OpenAccessibleAsync(SurveyPages.List(platform, code), 390, "da", member);
        var row = list.GetByRole(AriaRole.Row).Filter(new() { HasText = "fra partnerskabet" });
        await row.GetByRole(AriaRole.Link, new() { Name = "Forældres hverdag i partnerskabet" }).ClickAsync();
        await Assertions.Expect(list.GetByText("Spørgeskemaet er partnerskabets.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(list.GetByText("Hvor mange timer sover dit barn?")).ToBeVisibleAsync();
        await Assertions.Expect(list.Locator("form.editor")).ToHaveCountAsync(0);
        await Assertions.Expect(list.GetByRole(AriaRole.Button, new() { Name = "Rediger" })).ToHaveCountAsync(0);
        await list.AssertNoAxeViolationsAsync();
        await list.KeepScreenshotAsync("survey-partnership-read-only-390");

        // Their crafted "Rediger" on the partnership's survey is refused by SurveyCatalogue and makes no draft.
        var answer = await list.PostAsync("start-editing", new Dictionary<string, string> { ["version"] = "1" });
        Assert.Equal(403, answer.Status);
        var stored = await SurveyPages.GetAsync(platform, new Survey { Id = surveyId, PartnershipId = partnership });
        Assert.Equal((1, SurveyState.Published), (stored.Version, stored.State));
        await list.Context.CloseAsync();
    }
}
