using System.Collections;
using System.Globalization;
using System.Resources;
using Platform.Host.Web;
using Platform.Sdk.Web.Forms;

namespace Platform.Web.Tests.Localization;

public sealed class WebTextTests
{
    private static readonly ResourceManager Texts = new(typeof(WebText).FullName!, typeof(WebText).Assembly);

    /// <summary>The host's texts and the SDK's form components' texts.</summary>
    public static TheoryData<string> TextFiles { get; } = [typeof(WebText).FullName!, typeof(FormText).FullName!];

    [Theory]
    [MemberData(nameof(TextFiles))]
    public void Every_text_of_the_web_application_is_written_in_danish_and_in_english_and_they_differ(string file)
    {
        var texts = file == typeof(FormText).FullName ? new ResourceManager(file, typeof(FormText).Assembly) : Texts;
        var danish = Read(texts, CultureInfo.InvariantCulture);
        var english = Read(texts, CultureInfo.GetCultureInfo("en"));

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

    private static Dictionary<string, string> Read(ResourceManager texts, CultureInfo culture) =>
        texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string)entry.Value!);
}
