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

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n", html);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html);
        Assert.Contains("<a class=\"skip\" href=\"#main\">Skip to the content</a>\n<main id=\"main\">\n", html);
        Assert.Contains("<p class=\"language\"><a href=\"?lang=da\" lang=\"da\" hreflang=\"da\">Dansk</a></p>\n<h1>Survey</h1>\n</main>", html);
    }

    [Fact]
    public void A_message_page_is_a_heading_and_a_status_in_danish_unless_english_is_asked_for()
    {
        var html = PublicPage.Message(PageLanguage.For("fr"), "Siden findes ikke", "Linket er forkert.").Render();

        Assert.Contains("<html lang=\"da\">", html);
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
