using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Platform.Sdk.Web;

/// <summary>
/// The frame of a module's public page on the web port: the document with its language and direction (<c>lang</c>,
/// <c>dir</c>), title, viewport for phones, the shared stylesheet (clear focus, AA contrast, logical sides, so a
/// right-to-left page mirrors), a skip link to the main landmark and, when given, a language picker: a list of links
/// to the page in its other languages, each named in its own language. The body is <see cref="Html"/>, so every text
/// in it is encoded; so are the title and the links.
/// </summary>
/// <param name="Language">The page's language.</param>
/// <param name="Title">The document's title, a text.</param>
/// <param name="Body">The content of the main landmark.</param>
public sealed record PublicPage(PageLanguage Language, string Title, Html Body)
{
    private readonly string styles = "";

    /// <summary>
    /// The address of the same page in the other language (<see cref="PageLanguage.Other"/>), for a page in Danish
    /// and English: the picker's one link when <see cref="Languages"/> is not given.
    /// </summary>
    public string? OtherLanguageHref { get; init; }

    /// <summary>The page in every language it is offered in; the picker links to each but the page's own.</summary>
    public IReadOnlyList<LanguageLink> Languages { get; init; } = [];

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
        IReadOnlyList<LanguageLink> links = Languages.Count > 0 ? [.. Languages.Where(link => link.Language != Language)]
            : OtherLanguageHref is null ? []
            : [new LanguageLink(Language.Other, OtherLanguageHref)];
        var picker = links.Count == 0
            ? Html.Empty
            : Html.Of($"<nav class=\"language\" aria-label=\"{Language.LanguagesLabel}\"><ul>{links.Select(link => Html.Of($"<li><a href=\"{link.Href}\" lang=\"{link.Language.Code}\" hreflang=\"{link.Language.Code}\" dir=\"{link.Language.Direction}\">{link.Language.Name}</a></li>"))}</ul></nav>\n");
        return Html.Of($"""
            <!DOCTYPE html>
            <html lang="{Language.Code}" dir="{Language.Direction}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Title}</title>
            <style>{new Html(StyleText)}</style>
            </head>
            <body>
            <a class="skip" href="#main">{Language.SkipLink}</a>
            <main id="main">
            {picker}{Body}</main>
            {Footer}</body>
            </html>

            """).ToString();
    }

    /// <summary>
    /// What the page may load and run, for its Content-Security-Policy header: its own style element (by the hash of
    /// its text, so no other style applies), no script at all, forms sent to its own site only, and no framing.
    /// </summary>
    public string ContentSecurityPolicy =>
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(StyleText)))}'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private string StyleText => SharedStyles + Styles;

    /// <summary>
    /// The page as the answer to a request, with the status; on an endpoint that declares <see cref="PublicNoticeLinks"/>,
    /// with the footer that links to its notices (unless the page has a footer of its own). The answer carries the
    /// page's security headers: its <see cref="ContentSecurityPolicy"/>, <c>nosniff</c>, no referrer (a public page's
    /// address may be a capability, such as a link's token), and <c>Cache-Control: no-store</c> unless the endpoint
    /// chose its own caching.
    /// </summary>
    public IResult Result(int status = StatusCodes.Status200OK) => new PageResult(this, status);

    private sealed class PageResult(PublicPage page, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var links = httpContext.GetEndpoint()?.Metadata.GetMetadata<PublicNoticeLinks>();
            var shown = links is null || page.Footer.ToString().Length > 0 ? page : page with { Footer = links.FooterFor(httpContext, page.Language) };
            var headers = httpContext.Response.Headers;
            headers.ContentSecurityPolicy = shown.ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

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
        .skip { position: absolute; inset-inline-start: 1rem; top: -10rem; padding: 0.5rem 1rem; color: #0b4f8a; background: #fff; font-weight: 600; }
        .skip:focus { top: 1rem; }
        .language ul { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 0.25rem 1rem; margin: 0; padding: 0; list-style: none; }
        .language a { display: inline-block; min-height: 1.5rem; padding-block: 0.25rem; }
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

/// <summary>The address of a public page in one of its languages, for the language picker.</summary>
public sealed record LanguageLink(PageLanguage Language, string Href);
