using Microsoft.Playwright;

namespace Platform.Web.Tests.Infrastructure;

/// <summary>
/// A form post the page does not offer, as a person could craft it by hand from the page: with the page's own
/// antiforgery token (every signed-in page has one, in the sign-out form), the form's handler name and the fields
/// given, sent with the browser context's cookies. Proves that a refusal comes from the server, not from a hidden button.
/// </summary>
internal static class CraftedPosts
{
    /// <summary>Posts to <paramref name="action"/> (the page's own address when null) and returns the answer, without following a redirect.</summary>
    public static async Task<IAPIResponse> PostAsync(this IPage page, string formName, IReadOnlyDictionary<string, string> fields, string? action = null)
    {
        var tokens = page.Locator("input[name='__antiforgery']");
        if (await tokens.CountAsync() == 0)
        {
            throw new InvalidOperationException($"The page {page.Url} has no antiforgery token to craft a post with: {await page.ContentAsync()}");
        }

        var token = await tokens.First.GetAttributeAsync("value");
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("__antiforgery", token!);
        form.Set("_handler", formName);
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }

        return await page.Context.APIRequest.PostAsync(action is null ? page.Url : new Uri(new Uri(page.Url), action).ToString(),
            new APIRequestContextOptions { Form = form, MaxRedirects = 0 });
    }
}
