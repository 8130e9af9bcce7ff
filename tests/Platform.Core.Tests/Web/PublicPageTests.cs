using System.Globalization;
using Platform.Sdk.Web;

namespace Platform.Core.Tests.Web;

/// <summary>The SDK's frame for public pages encodes every text a module gives it, wherever it goes.</summary>
public sealed class PublicPageTests
{
    private const string Attack = "<script>alert(\"x\")</script> & 'y'";

    [Fact]
    public void Texts_in_the_title_the_body_and_the_language_link_reach_the_page_encoded()
    {
        var body = Html.Of($"<p class=\"hint\" title=\"{Attack}\">{Attack}</p>{new[] { Html.Of($"<li>{Attack}</li>") }}");
        var html = new PublicPage(PageLanguage.Danish, Attack, body) { OtherLanguageHref = "?lang=en\"><script>" }.Render();

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;y&#x27;</title>", html);
        Assert.Contains("<p class=\"hint\" title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;y&#x27;\">&lt;script&gt;", html);
        Assert.Contains("<li>&lt;script&gt;", html);
        Assert.Contains("href=\"?lang=en&quot;&gt;&lt;script&gt;\"", html);
    }

    [Fact]
    public void Html_in_a_hole_is_kept_and_numbers_are_written_in_the_invariant_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("da-DK");
        try
        {
            var inner = Html.Of($"<b>{"fed & kursiv"}</b>");

            Assert.Equal("<p><b>fed &amp; kursiv</b> 1.5 æøå</p>", Html.Of($"<p>{inner} {1.5} {"æøå"}</p>").ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void The_frame_has_the_language_the_viewport_a_skip_link_to_the_main_landmark_and_a_link_to_the_other_language()
    {
        var html = new PublicPage(PageLanguage.English, "Survey", Html.Of($"<h1>{"Survey"}</h1>\n")) { OtherLanguageHref = "?lang=da" }.Render();

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n", html);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html);
        Assert.Contains("<a class=\"skip\" href=\"#main\">Skip to the content</a>\n<main id=\"main\">\n", html);
        Assert.Contains("<nav class=\"language\" aria-label=\"Language\"><ul><li><a href=\"?lang=da\" lang=\"da\" hreflang=\"da\" dir=\"ltr\">Dansk</a></li></ul></nav>\n<h1>Survey</h1>\n</main>", html);
    }

    [Fact]
    public void A_page_in_arabic_is_right_to_left_and_its_picker_names_every_other_language_in_itself()
    {
        var html = new PublicPage(PageLanguage.Arabic, "استبيان", Html.Empty)
        {
            Languages = [.. new[] { PageLanguage.Danish, PageLanguage.Arabic, PageLanguage.Urdu }.Select(language => new LanguageLink(language, $"?lang={language.Code}"))],
        }.Render();

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n", html);
        Assert.Contains("<a class=\"skip\" href=\"#main\">انتقل إلى المحتوى</a>", html);
        Assert.Contains("<nav class=\"language\" aria-label=\"اللغة\"><ul><li><a href=\"?lang=da\" lang=\"da\" hreflang=\"da\" dir=\"ltr\">Dansk</a></li>"
            + "<li><a href=\"?lang=ur\" lang=\"ur\" hreflang=\"ur\" dir=\"rtl\">اردو</a></li></ul></nav>", html);
    }

    [Theory]
    [InlineData("tr", "ar", "tr")]
    [InlineData(null, "ar-SA,da;q=0.8", "ar")]
    [InlineData(null, "fr-FR, uk;q=0.5, ar;q=0.9", "ar")]
    [InlineData(null, "fr, so;q=0", "da")]
    [InlineData("xx", "", "da")]
    [InlineData("en", "ar", "ar")]
    public void A_page_is_shown_in_the_language_asked_for_else_the_browser_s_best_offered_else_danish(string? asked, string accepted, string shown)
    {
        IReadOnlyList<PageLanguage> offered = [PageLanguage.Danish, PageLanguage.Arabic, PageLanguage.Turkish, PageLanguage.Somali];

        Assert.Equal(shown, PageLanguage.Choose(asked, Microsoft.Net.Http.Headers.StringWithQualityHeaderValue.ParseList(accepted.Split(',')), offered).Code);
    }

    [Fact]
    public void A_message_page_is_a_heading_and_a_status_in_danish_unless_english_is_asked_for()
    {
        var html = PublicPage.Message(PageLanguage.For("fr"), "Siden findes ikke", "Linket er forkert.").Render();

        Assert.Contains("<html lang=\"da\" dir=\"ltr\">", html);
        Assert.Contains("<h1>Siden findes ikke</h1>\n<p role=\"status\">Linket er forkert.</p>\n", html);
        Assert.DoesNotContain("class=\"language\"", html);
    }

    [Fact]
    public void A_page_s_own_styles_may_not_end_the_style_element()
    {
        var page = new PublicPage(PageLanguage.Danish, "Side", Html.Empty);

        Assert.Throws<ArgumentException>(() => page with { Styles = "p { color: red; }</style><script>" });
    }
}
