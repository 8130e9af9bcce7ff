using System.Net;
using System.Text.RegularExpressions;

namespace Platform.Core.Tests.People;

/// <summary>A browser's part in signing in: its own cookies, no automatic redirects, and the forms' antiforgery fields.</summary>
internal sealed partial class Browser : IDisposable
{
    private readonly HttpClient http;

    public Browser(Uri webAddress)
    {
        Handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        http = new HttpClient(Handler) { BaseAddress = webAddress };
    }

    public HttpClientHandler Handler { get; }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path);

    /// <summary>Opens the page holding a form, then submits that form with its hidden fields (the antiforgery field among them).</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pagePath, string action)
    {
        var page = await http.GetStringAsync(pagePath);
        var form = Regex.Match(page, $"<form[^>]* action=\"{Regex.Escape(action)}\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, $"The page {pagePath} has no form for {action}: {page}");
        var fields = HiddenField().Matches(form.Groups[1].Value).ToDictionary(field => field.Groups[1].Value, field => field.Groups[2].Value);
        Assert.True(fields.ContainsKey("__antiforgery"), $"The form for {action} has no antiforgery field: {page}");
        return await PostAsync(action, fields);
    }

    public Task<HttpResponseMessage> PostAsync(string action, Dictionary<string, string> form) =>
        http.PostAsync(action, new FormUrlEncodedContent(form));

    public string CookieHeader() => Handler.CookieContainer.GetCookieHeader(http.BaseAddress!);

    public void Dispose() => http.Dispose();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
