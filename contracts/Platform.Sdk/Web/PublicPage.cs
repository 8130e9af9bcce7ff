using System.Text;
using Microsoft.AspNetCore.Http;

namespace Platform.Sdk.Web;

/// <summary>
/// The frame of a module's public page on the web port: the document with its language, title, viewport for phones,
/// the shared stylesheet (clear focus, AA contrast), a skip link to the main landmark and, when given, a link to the
/// page in the other language. The body is <see cref="Html"/>, so every text in it is encoded; so are the title and
/// the link.
/// </summary>
/// <param name="Language">The page's language.</param>
/// <param name="Title">The document's title, a text.</param>
/// <param name="Body">The content of the main landmark.</param>
public sealed record PublicPage(PageLanguage Language, string Title, Html Body)
{
    private readonly string styles = "";

    /// <summary>The address of the same page in the other language, if it has one.</summary>
    public string? OtherLanguageHref { get; init; }

    /// <summary>The page's footer after the main landmark, as a rule the links to its notices (<see cref="PublicNotices.Footer"/>).</summary>
    public Html Footer { get; init; }

    /// <summary>
    /// The page's own style rules after the shared ones. They are CSS, put in as they are, so they may hold no
    /// <c>&lt;</c> (which could end the style element).
    /// </summary>
    public string Styles
    {
        get => styles;
        init => styles = value.Contains('<', StringComparison.Ordinal)
            ? throw new ArgumentException("A page's styles may not hold '<'.", nameof(value))
            : value;
    }

    /// <summary>A page with a heading and one paragraph, for outcomes and refusals.</summary>
    public static PublicPage Message(PageLanguage language, string title, string text) =>
        new(language, title, Html.Of($"<h1>{title}</h1>\n<p role=\"status\">{text}</p>\n"));

    public string Render()
    {
        var switchLink = OtherLanguageHref is null
            ? Html.Empty
            : Html.Of($"<p class=\"language\"><a href=\"{OtherLanguageHref}\" lang=\"{Language.Other.Code}\" hreflang=\"{Language.Other.Code}\">{Language.Other.Name}</a></p>\n");
        return Html.Of($"""
            <!DOCTYPE html>
            <html lang="{Language.Code}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Title}</title>
            <style>{new Html(SharedStyles + Styles)}</style>
            </head>
            <body>
            <a class="skip" href="#main">{Language.SkipLink}</a>
            <main id="main">
            {switchLink}{Body}</main>
            {Footer}</body>
            </html>

            """).ToString();
    }

    /// <summary>
    /// The page as the answer to a request, with the status; on an endpoint that declares <see cref="PublicNoticeLinks"/>,
    /// with the footer that links to its notices (unless the page has a footer of its own).
    /// </summary>
    public IResult Result(int status = StatusCodes.Status200OK) => new PageResult(this, status);

    private sealed class PageResult(PublicPage page, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var links = httpContext.GetEndpoint()?.Metadata.GetMetadata<PublicNoticeLinks>();
            var shown = links is null || page.Footer.ToString().Length > 0 ? page : page with { Footer = links.FooterFor(httpContext, page.Language) };
            return Results.Content(shown.Render(), "text/html; charset=utf-8", Encoding.UTF8, status).ExecuteAsync(httpContext);
        }
    }

    private const string SharedStyles = """
        body { margin: 0; font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #1a1a1a; background: #fff; }
        main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
        main, .notices { overflow-wrap: break-word; }
        h1 { font-size: clamp(1.5rem, 7.5vw, 1.75rem); hyphens: manual; }
        h2 { font-size: clamp(1.125rem, 5.5vw, 1.375rem); }
        a { color: #0b4f8a; }
        :focus-visible { outline: 3px solid #b34700; outline-offset: 3px; }
        .skip { position: absolute; left: 1rem; top: -10rem; padding: 0.5rem 1rem; color: #0b4f8a; background: #fff; font-weight: 600; }
        .skip:focus { top: 1rem; }
        .language { text-align: right; }
        fieldset { border: 1px solid #6b6b6b; border-radius: 0.5rem; margin: 1rem 0; padding: 0.75rem 1rem; }
        legend { font-weight: 600; padding: 0 0.25rem; }
        .hint { color: #4a4a4a; font-size: 1rem; }
        .choice { display: flex; align-items: center; gap: 0.5rem; min-height: 2.75rem; }
        .choice input { width: 1.5rem; height: 1.5rem; }
        .error { color: #a50e0e; font-weight: 600; }
        .errors { border: 3px solid #a50e0e; border-radius: 0.5rem; padding: 0.5rem 1rem; }
        .notices { max-width: 40rem; margin: 2rem auto 0; padding: 1rem; border-top: 1px solid #6b6b6b; font-size: 1rem; }
        .notices ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
        .notices a { display: inline-block; padding: 0.5rem 0; }
        button { font: inherit; font-weight: 600; color: #fff; background: #0b4f8a; border: 0; border-radius: 0.5rem; padding: 0.75rem 1.5rem; min-height: 3rem; cursor: pointer; }

        """;
}
