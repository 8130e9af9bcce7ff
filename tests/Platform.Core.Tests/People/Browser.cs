using System.Net;
using Platform.Testing;

namespace Platform.Core.Tests.People;

/// <summary>A browser's part in signing in: its own cookies, no automatic redirects, and the forms' antiforgery fields.</summary>
internal sealed class Browser : IDisposable
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
        var fields = PageForms.HiddenFields(await http.GetStringAsync(pagePath), action);
        Assert.True(fields.ContainsKey("__antiforgery"), $"The form for {action} on {pagePath} has no antiforgery field.");
        return await PostAsync(action, fields);
    }

    public Task<HttpResponseMessage> PostAsync(string action, Dictionary<string, string> form) =>
        http.PostAsync(action, new FormUrlEncodedContent(form));

    public string CookieHeader() => Handler.CookieContainer.GetCookieHeader(http.BaseAddress!);

    public void Dispose() => http.Dispose();

}
