namespace Platform.Sdk.Web;

/// <summary>
/// The language of a public page: Danish first, English on request (<c>lang=en</c>). It carries the frame's own words:
/// the language's name, for the link to it from the other language, and the skip link's text.
/// </summary>
public sealed class PageLanguage
{
    private PageLanguage(string code, string name, string skipLink) => (Code, Name, SkipLink) = (code, name, skipLink);

    public static PageLanguage Danish { get; } = new("da", "Dansk", "Gå til indholdet");

    public static PageLanguage English { get; } = new("en", "English", "Skip to the content");

    /// <summary>The language code, for <c>lang</c> attributes and the <c>lang</c> query and form field.</summary>
    public string Code { get; }

    public string Name { get; }

    public string SkipLink { get; }

    public PageLanguage Other => this == Danish ? English : Danish;

    /// <summary>English for <c>en</c>, else Danish.</summary>
    public static PageLanguage For(string? code) => code == English.Code ? English : Danish;
}
