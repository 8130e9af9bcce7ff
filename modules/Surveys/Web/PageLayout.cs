using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Platform.Surveys.Web;

/// <summary>The page frame: language, viewport, styles with clear focus and AA contrast, and the language switch.</summary>
internal static class PageLayout
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);

    public static string Page(PageTexts texts, string title, string body, string? switchHref, string extraStyles = "")
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(texts.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>").Append(Styles).Append(extraStyles).Append("</style>\n</head>\n<body>\n<main>\n");
        if (switchHref is not null)
        {
            html.Append("<p class=\"language\"><a href=\"").Append(Encode(switchHref)).Append("\" lang=\"").Append(texts.OtherLanguage)
                .Append("\" hreflang=\"").Append(texts.OtherLanguage).Append("\">").Append(texts.OtherLanguageName).Append("</a></p>\n");
        }

        return html.Append(body).Append("</main>\n</body>\n</html>\n").ToString();
    }

    public static string Message(PageTexts texts, string title, string text) =>
        Page(texts, title, $"<h1>{Encode(title)}</h1>\n<p>{Encode(text)}</p>\n", null);

    private const string Styles = """
        body { margin: 0; font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #1a1a1a; background: #fff; }
        main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.75rem; } h2 { font-size: 1.375rem; margin-top: 2rem; }
        a { color: #0b4f8a; }
        :focus-visible { outline: 3px solid #b34700; outline-offset: 3px; }
        .language { text-align: right; }
        fieldset, .question { border: 1px solid #6b6b6b; border-radius: 0.5rem; margin: 1rem 0; padding: 0.75rem 1rem; }
        legend, .question > label { font-weight: 600; padding: 0 0.25rem; }
        .hint { color: #4a4a4a; font-size: 1rem; font-weight: normal; }
        .choice { display: flex; align-items: center; gap: 0.5rem; min-height: 2.75rem; }
        .choice input { width: 1.5rem; height: 1.5rem; }
        input[type=number], textarea { font: inherit; width: 100%; box-sizing: border-box; padding: 0.5rem; border: 2px solid #6b6b6b; border-radius: 0.375rem; }
        .smileys { display: flex; flex-wrap: wrap; gap: 0.75rem; }
        .smiley { position: relative; }
        .smiley input { position: absolute; opacity: 0; width: 1px; height: 1px; }
        .smiley label { display: flex; flex-direction: column; align-items: center; min-width: 5.5rem; padding: 0.5rem; border: 3px solid #6b6b6b; border-radius: 1rem; cursor: pointer; }
        .smiley .face { font-size: 3.5rem; line-height: 1.1; }
        .smiley input:checked + label { border-color: #0b4f8a; background: #dcebf8; }
        .smiley input:focus-visible + label { outline: 3px solid #b34700; outline-offset: 3px; }
        .error { color: #a50e0e; font-weight: 600; }
        .errors { border: 3px solid #a50e0e; border-radius: 0.5rem; padding: 0.5rem 1rem; }
        button { font: inherit; font-weight: 600; color: #fff; background: #0b4f8a; border: 0; border-radius: 0.5rem; padding: 0.75rem 1.5rem; min-height: 3rem; cursor: pointer; }
        """;
}
