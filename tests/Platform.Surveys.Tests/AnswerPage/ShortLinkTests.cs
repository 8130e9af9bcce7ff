using Microsoft.Playwright;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.AnswerPage;

/// <summary>The short form of a collection link: the answer page at an address short enough to read aloud or type from a poster.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ShortLinkTests(SharedPlatform shared, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_child_who_types_the_short_form_in_small_letters_without_dashes_answers_and_is_counted_once_like_through_the_link()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyFactory.PublishedAsync(platform, code, templateId: "children-wellbeing-smiley");
        var link = await SurveyFactory.LinkAsync(platform, survey);
        Assert.Matches($"^/surveys/k/{code}(-[2-9A-HJKMNP-TW-Z]{{4}}){{3}}$", link.ShortPath);
        Assert.True(link.ShortPath.Length < link.Path.Length / 2 + 10, $"the short form {link.ShortPath} must be far shorter than {link.Path}");

        var typed = "/surveys/k/" + link.ShortPath["/surveys/k/".Length..].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        var page = await browser.PhoneAsync();
        await page.GotoAsync(new Uri(platform.WebAddress, typed).ToString());
        Assert.Equal("Hvordan har du det?", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        foreach (var face in await page.GetByText("Ja, meget").AllAsync())
        {
            await face.TapAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Send svar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tak for dit svar!");
        Assert.Equal(1, (await Stored.ResponsesAsync(platform, survey.Id)).Count);
    }

    [Fact]
    public async Task A_wrong_short_form_or_one_under_another_municipality_s_code_finds_no_page()
    {
        var (code, other) = (platform.MunicipalityCodes.Take(), platform.MunicipalityCodes.Take());
        await Scenario.PartnershipWithMembersAsync(platform, code, other);
        var link = await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, code));
        var shortForm = link.ShortPath["/surveys/k/".Length..];
        var page = await browser.PhoneAsync();

        // One character changed; the same characters under the other member's code; a look-alike letter; a code of no municipality.
        var changed = shortForm[..^1] + (shortForm[^1] == 'Z' ? 'Y' : 'Z');
        foreach (var wrong in new[] { changed, other + shortForm[4..], shortForm[..^1] + "O", "9999" + shortForm[4..] })
        {
            var answer = await page.GotoAsync(new Uri(platform.WebAddress, "/surveys/k/" + wrong).ToString());
            Assert.Equal(404, answer!.Status);
            Assert.Equal("Siden findes ikke", await page.GetByRole(AriaRole.Heading).TextContentAsync());
        }

        var posted = await page.APIRequest.PostAsync(new Uri(platform.WebAddress, $"/surveys/k/{changed}/answers").ToString(),
            new() { Form = page.APIRequest.CreateFormData().Set("response_id", Guid.NewGuid().ToString()) });
        Assert.Equal(404, posted.Status);
    }
}
