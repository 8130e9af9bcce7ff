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

    /// <summary>Opens the page holding a form, then submits the form with the page's antiforgery field.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pagePath, string action)
    {
        var page = await http.GetStringAsync(pagePath);
        var field = AntiforgeryField().Match(page);
        Assert.True(field.Success, $"The page {pagePath} has no antiforgery field: {page}");
        return await PostAsync(action, new Dictionary<string, string> { [field.Groups[1].Value] = field.Groups[2].Value });
    }

    public Task<HttpResponseMessage> PostAsync(string action, Dictionary<string, string> form) =>
        http.PostAsync(action, new FormUrlEncodedContent(form));

    public string CookieHeader() => Handler.CookieContainer.GetCookieHeader(http.BaseAddress!);

    public void Dispose() => http.Dispose();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">")]
    private static partial Regex AntiforgeryField();
}
