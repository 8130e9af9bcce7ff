using System.Net;
using System.Text;
using Platform.Surveys.Tests.Infrastructure;
using Platform.Testing;

namespace Platform.Surveys.Tests.AnswerPage;

/// <summary>The answer page against what is not a child answering: bodies that are no form, too large or too many fields, and what a browser may do with the page.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PageDefenceTests(SharedPlatform shared, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private readonly TestPlatform platform = shared.Platform;

    [Fact]
    public async Task A_post_of_json_text_a_huge_value_or_too_many_fields_is_refused_with_415_413_or_400_and_a_page_and_stores_nothing()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var survey = await SurveyFactory.PublishedAsync(platform, code);
        var link = await SurveyFactory.LinkAsync(platform, survey);
        using var http = new HttpClient { BaseAddress = platform.WebAddress };
        var answers = $"{link.Path}/answers";

        var json = await http.PostAsync(answers, new StringContent("{\"response_id\":\"x\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Contains("Siden kunne ikke læse det sendte", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var text = await http.PostAsync(answers + "?lang=en", new StringContent("hello", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Contains("The page could not read what was sent", await text.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var huge = await http.PostAsync(answers, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["response_id"] = Guid.NewGuid().ToString(), ["q.mood"] = new string('x', 4 * 1024 * 1024),
        }));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Contains("Der blev sendt for meget", await huge.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var many = await http.PostAsync(answers, new FormUrlEncodedContent(Enumerable.Range(0, 1500).Select(i => KeyValuePair.Create($"f{i}", "1"))));
        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        Assert.Equal("text/html", many.Content.Headers.ContentType?.MediaType);

        Assert.Equal(0, (await Stored.ResponsesAsync(platform, survey.Id)).Count);
    }

    [Fact]
    public async Task The_page_allows_no_script_or_framing_sends_no_referrer_and_is_still_drawn_with_its_own_styles()
    {
        var code = platform.MunicipalityCodes.Take();
        await Scenario.PartnershipWithMembersAsync(platform, code);
        var link = await SurveyFactory.LinkAsync(platform, await SurveyFactory.PublishedAsync(platform, code));
        using var http = new HttpClient { BaseAddress = platform.WebAddress };

        var form = await http.GetAsync(link.Path);
        var policy = string.Join(" ", form.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(form.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(form.Headers.GetValues("Referrer-Policy")));
        // The form may stay in this browser for Back (so sending again counts once); every other page is not kept at all.
        Assert.True(form.Headers.CacheControl is { Private: true, MaxAge.TotalSeconds: 0 }, $"the form's Cache-Control was {form.Headers.CacheControl}");
        var missing = await http.GetAsync(link.Path[..^3] + "zzz");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.True(missing.Headers.CacheControl?.NoStore, "a refusal is not kept");

        // The policy lets the page's own style element apply (by its hash) and nothing else.
        var page = await browser.PhoneAsync();
        var violations = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(message.Text); };
        await page.GotoAsync(new Uri(platform.WebAddress, link.Path).ToString());
        Assert.Equal("640px", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('main')).maxWidth"));
        Assert.Empty(violations);
    }
}
