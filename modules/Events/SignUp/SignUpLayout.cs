using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Platform.Events.SignUp;

/// <summary>The sign-up page's frame: language, viewport for phones, styles with visible focus and AA contrast.</summary>
internal static class SignUpLayout
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);

    public static string Page(SignUpTexts texts, string title, string body, string? switchHref)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(texts.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>").Append(Styles).Append("</style>\n</head>\n<body>\n<main>\n");
        if (switchHref is not null)
        {
            html.Append("<p class=\"language\"><a href=\"").Append(Encode(switchHref)).Append("\" lang=\"").Append(texts.OtherLanguage)
                .Append("\" hreflang=\"").Append(texts.OtherLanguage).Append("\">").Append(texts.OtherLanguageName).Append("</a></p>\n");
        }

        return html.Append(body).Append("</main>\n</body>\n</html>\n").ToString();
    }

    /// <summary>A page with a heading and one paragraph, for outcomes and refusals.</summary>
    public static string Message(SignUpTexts texts, string title, string text) =>
        Page(texts, title, $"<h1>{Encode(title)}</h1>\n<p role=\"status\">{Encode(text)}</p>\n", null);

    private const string Styles = """
        body { margin: 0; font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #1a1a1a; background: #fff; }
        main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.75rem; }
        a { color: #0b4f8a; }
        :focus-visible { outline: 3px solid #b34700; outline-offset: 3px; }
        .language { text-align: right; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
        dt { font-weight: 600; }
        dd { margin: 0; }
        .field { margin: 1rem 0; }
        .field label { display: block; font-weight: 600; }
        input[type=text], input[type=email] { font: inherit; width: 100%; box-sizing: border-box; padding: 0.5rem; min-height: 2.75rem; border: 2px solid #6b6b6b; border-radius: 0.375rem; }
        input[aria-invalid=true] { border-color: #a50e0e; }
        fieldset { border: 1px solid #6b6b6b; border-radius: 0.5rem; margin: 1rem 0; padding: 0.75rem 1rem; }
        legend { font-weight: 600; padding: 0 0.25rem; }
        .choice { display: flex; align-items: center; gap: 0.5rem; min-height: 2.75rem; }
        .choice input { width: 1.5rem; height: 1.5rem; }
        .hint { color: #4a4a4a; font-size: 1rem; margin: 0; }
        .notice { border-left: 6px solid #0b4f8a; background: #eef5fb; padding: 0.5rem 1rem; }
        .error { color: #a50e0e; font-weight: 600; margin: 0.25rem 0; }
        .errors { border: 3px solid #a50e0e; border-radius: 0.5rem; padding: 0.5rem 1rem; }
        button { font: inherit; font-weight: 600; color: #fff; background: #0b4f8a; border: 0; border-radius: 0.5rem; padding: 0.75rem 1.5rem; min-height: 3rem; cursor: pointer; }
        """;
}
