using System.Collections;
using System.Globalization;
using System.Resources;
using Platform.Host.Web;

namespace Platform.Web.Tests.Localization;

public sealed class WebTextTests
{
    private static readonly ResourceManager Texts = new(typeof(WebText).FullName!, typeof(WebText).Assembly);

    [Fact]
    public void Every_text_of_the_web_application_is_written_in_danish_and_in_english_and_they_differ()
    {
        var danish = Read(CultureInfo.InvariantCulture);
        var english = Read(CultureInfo.GetCultureInfo("en"));

        Assert.NotEmpty(danish);
        Assert.Equal(danish.Keys.Order(), english.Keys.Order());
        Assert.DoesNotContain(danish.Keys, key => danish[key] == english[key]);
    }

    [Fact]
    public void The_danish_texts_are_the_default_for_any_other_language()
    {
        Assert.Equal("Partnerskabsplatformen", Texts.GetString("PlatformName", CultureInfo.GetCultureInfo("da")));
        Assert.Equal("Partnerskabsplatformen", Texts.GetString("PlatformName", CultureInfo.GetCultureInfo("de")));
        Assert.Equal("The Partnership Platform", Texts.GetString("PlatformName", CultureInfo.GetCultureInfo("en-GB")));
    }

    private static Dictionary<string, string> Read(CultureInfo culture) =>
        Texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
}
