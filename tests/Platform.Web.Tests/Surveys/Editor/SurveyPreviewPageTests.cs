using Microsoft.Playwright;
using Platform.Identity;
using Platform.Testing;
using Platform.Web.Tests.Infrastructure;

namespace Platform.Web.Tests.Surveys.Editor;

/// <summary>The editor and the live preview at phone and desktop width in both languages; the preview saves nothing.</summary>
[Collection(SurveyAndReportPagesCollection.Name)]
public sealed class SurveyPreviewPageTests(SharedPlatform shared, BrowserFixture browser)
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task The_editor_and_the_preview_pass_axe_at_phone_and_desktop_width_in_Danish_and_English_and_a_preview_answer_is_not_saved()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyPages.FromTemplateAsync(platform, code);
        var session = await SignIn.SessionAsync(platform, RoleGrant.ForMunicipality(PlatformRole.MunicipalityCoordinator, code));

        foreach (var language in AccessiblePages.Languages)
        {
            foreach (var width in new[] { 390, 1280 })
            {
                var editor = await browser.OpenAccessibleAsync(SurveyPages.Edit(platform, code, survey.Id), width, language, session);
                await Assertions.Expect(editor.Locator("#s0-q0-text-da")).ToHaveValueAsync("Er du glad for at gå i skole?");
                if (language == "da")
                {
                    await editor.ScreenshotAsync(new() { Path = Repository.DocsImage($"survey-editor-{width}.png") });
                }

                await editor.Context.CloseAsync();

                var preview = await browser.OpenAccessibleAsync(SurveyPages.Preview(platform, code, survey.Id), width, language, session);
                await Assertions.Expect(preview.GetByRole(AriaRole.Status)).ToContainTextAsync(language == "da" ? "Forhåndsvisning – svarene gemmes ikke." : "Preview – answers are not saved.");
                var frame = preview.FrameLocator("iframe");
                await Assertions.Expect(frame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(language == "da" ? "Hvordan har du det?" : "How are you?");
                if (language == "da")
                {
                    await preview.ScreenshotAsync(new() { Path = Repository.DocsImage($"survey-preview-{width}.png"), FullPage = true });
                }

                await preview.Context.CloseAsync();
            }
        }

        var page = await browser.OpenAsync(SurveyPages.Preview(platform, code, survey.Id), 390, "da", session);
        var answers = page.FrameLocator("iframe");
        await answers.GetByRole(AriaRole.Radio, new() { Name = "Ja, meget" }).First.CheckAsync(new() { Force = true });
        await answers.GetByRole(AriaRole.Button, new() { Name = "Send svar" }).ClickAsync();
        await Assertions.Expect(answers.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Forhåndsvisning – intet er gemt");
        await page.Context.CloseAsync();
    }
}
