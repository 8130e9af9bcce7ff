using System.Text.RegularExpressions;
using Xunit;

namespace Platform.Testing;

/// <summary>What a browser posts for a page's form: the hidden fields (antiforgery, the page's form handler) the page gives it.</summary>
public static partial class PageForms
{
    public static Dictionary<string, string> HiddenFields(string page, string action)
    {
        var form = Regex.Match(page, $"<form[^>]* action=\"{Regex.Escape(action)}\"[^>]*>(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, $"The page has no form that posts to {action}: {page}");
        return HiddenField().Matches(form.Groups[1].Value).ToDictionary(field => field.Groups[1].Value, field => field.Groups[2].Value);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}
