using Microsoft.Playwright;
using Platform.Contracts.Surveys.V1;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Surveys.Editor;

/// <summary>The editor's server-side validation, named by question and field in the person's language, and its refusals.</summary>
[Collection(SurveyAndReportPagesCollection.Name)]
public sealed class SurveyEditorProblemTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Theory]
    [InlineData("da", "Spørgsmål 1.1 («Er du glad for at gå i skole?»): Et smileyspørgsmål har 3 eller 5 ansigter.",
        "Spørgsmål 1.2: teksten på dansk skal udfyldes")]
    [InlineData("en", "Question 1.1 (“Do you like going to school?”): A smiley question has 3 or 5 faces.",
        "Question 1.2 (“Do you have friends?”): the text in Danish is required")]
    public async Task Invalid_questions_are_named_by_number_text_and_field_in_the_persons_language_and_everything_typed_is_kept(
        string language, string faces, string text)
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyPages.FromTemplateAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityMember, code));
        var page = await browser.OpenAccessibleAsync(SurveyPages.Edit(platform, code, survey.Id), 1280, language, session);

        await page.Locator("#title-da").FillAsync("Trivsel i 3. klasse");
        await page.Locator("#s0-q1-text-da").FillAsync("");
        await page.Locator("#s0-q1-text-en").FillAsync("Do you have friends?");
        // A smiley question with two faces: the button posts the form, which comes back with everything typed.
        await page.Locator("button[value='remove-option-0-0-2']").ClickAsync();
        await Assertions.Expect(page.Locator("#s0-q1-text-en")).ToHaveValueAsync("Do you have friends?");
        await page.Locator("button[value=save]:visible").ClickAsync();

        var errors = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(errors).ToBeFocusedAsync();
        Assert.Equal([faces, text], await errors.GetByRole(AriaRole.Link).AllInnerTextsAsync());
        await Assertions.Expect(page.Locator("#s0-q1-text-da")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#title-da")).ToHaveValueAsync("Trivsel i 3. klasse");
        await Assertions.Expect(page.Locator("#s0-q1-text-en")).ToHaveValueAsync("Do you have friends?");
        await Assertions.Expect(page.Locator("#s0-q0-o2-da")).ToHaveCountAsync(0);
        await page.AssertNoAxeViolationsAsync();
        await page.KeepScreenshotAsync($"survey-editor-problems-{language}");
        if (language == "da")
        {
            await page.ScreenshotAsync(new() { Path = Repository.DocsImage("survey-editor-problems.png") });
        }

        await errors.GetByRole(AriaRole.Link, new() { Name = text }).ClickAsync();
        await Assertions.Expect(page.Locator("#s0-q1-text-da")).ToBeFocusedAsync();
        Assert.Equal("Hvordan har du det?", (await SurveyPages.GetAsync(platform, survey)).Definition.Title.Da);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewers_crafted_save_and_publish_are_refused_and_change_nothing()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyPages.FromTemplateAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.Viewer, code));
        var page = await browser.OpenAccessibleAsync(SurveyPages.Edit(platform, code, survey.Id), 390, "da", session);
        await Assertions.Expect(page.Locator("form.editor")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Udgiv version 1" })).ToHaveCountAsync(0);

        var saved = await page.PostAsync("survey", new Dictionary<string, string>
        {
            ["action"] = "save",
            ["version"] = "1",
            ["title-da"] = "Overtaget",
            ["audience"] = nameof(Audience.Children610),
            ["sections"] = "1",
            ["s0-id"] = "everyday",
            ["s0-title-da"] = "Afsnit",
            ["s0-questions"] = "1",
            ["s0-q0-id"] = "sleep",
            ["s0-q0-type"] = nameof(QuestionType.FreeText),
            ["s0-q0-text-da"] = "Hvad som helst",
            ["s0-q0-maxlength"] = "0",
        });
        var published = await page.PostAsync("publish", new Dictionary<string, string> { ["version"] = "1" });

        Assert.Equal((403, 403), (saved.Status, published.Status));
        var stored = await SurveyPages.GetAsync(platform, survey);
        Assert.Equal(("Hvordan har du det?", SurveyState.Draft), (stored.Definition.Title.Da, stored.State));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_person_of_another_municipality_is_refused_its_survey_list_editor_and_preview()
    {
        var (own, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        await Scenario.PartnershipWithMembersAsync(platform, own, other);
        var survey = await SurveyPages.FromTemplateAsync(platform, other);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, own));

        foreach (var address in new[] { SurveyPages.List(platform, other), SurveyPages.Edit(platform, other, survey.Id), SurveyPages.Preview(platform, other, survey.Id) })
        {
            var page = await browser.OpenAccessibleAsync(address, 390, "da", session);
            Assert.Equal(403, (await page.ReloadAsync())!.Status);
            Assert.DoesNotContain("Hvordan har du det?", await page.ContentAsync(), StringComparison.Ordinal);
            await page.Context.CloseAsync();
        }

        // The preview's frame, and an edit crafted on the person's own list and sent to the other municipality's survey.
        var ownList = await browser.OpenAccessibleAsync(SurveyPages.List(platform, own), 390, "da", session);
        var frame = await ownList.Context.APIRequest.GetAsync(new Uri(platform.WebAddress, $"/surveys/{other}/surveys/{survey.Id}/preview").ToString());
        var answer = await ownList.PostAsync("publish", new Dictionary<string, string> { ["version"] = "1" }, SurveyPages.Edit(platform, other, survey.Id).AbsolutePath);
        Assert.Equal((403, 403), (frame.Status, answer.Status));
        Assert.Equal(SurveyState.Draft, (await SurveyPages.GetAsync(platform, survey)).State);
        await ownList.Context.CloseAsync();
    }
}
