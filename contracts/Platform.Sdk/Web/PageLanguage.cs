using Microsoft.Net.Http.Headers;

namespace Platform.Sdk.Web;

/// <summary>
/// The language of a public page: Danish first; English, Arabic, Turkish, Urdu, Somali and Ukrainian when a page
/// offers them. It carries the frame's own words and what the document needs: the code (<c>lang</c>), the language's
/// name in itself (for the language picker), its direction (<c>dir</c>: right to left for Arabic and Urdu), the skip
/// link's text and the picker's name. A page that offers Danish and English only uses <see cref="For(string?)"/> and
/// <see cref="Other"/>.
/// </summary>
public sealed class PageLanguage
{
    private PageLanguage(string code, string name, bool rightToLeft, string skipLink, string languagesLabel) =>
        (Code, Name, RightToLeft, SkipLink, LanguagesLabel) = (code, name, rightToLeft, skipLink, languagesLabel);

    public static PageLanguage Danish { get; } = new("da", "Dansk", false, "Gå til indholdet", "Sprog");

    public static PageLanguage English { get; } = new("en", "English", false, "Skip to the content", "Language");

    public static PageLanguage Arabic { get; } = new("ar", "العربية", true, "انتقل إلى المحتوى", "اللغة");

    public static PageLanguage Turkish { get; } = new("tr", "Türkçe", false, "İçeriğe geç", "Dil");

    public static PageLanguage Urdu { get; } = new("ur", "اردو", true, "مواد پر جائیں", "زبان");

    public static PageLanguage Somali { get; } = new("so", "Soomaali", false, "U gudub nuxurka", "Luqadda");

    public static PageLanguage Ukrainian { get; } = new("uk", "Українська", false, "Перейти до змісту", "Мова");

    /// <summary>Every language a public page may be offered in, Danish first.</summary>
    public static IReadOnlyList<PageLanguage> All { get; } = [Danish, English, Arabic, Turkish, Urdu, Somali, Ukrainian];

    /// <summary>The languages of a page that is in Danish and English.</summary>
    public static IReadOnlyList<PageLanguage> DanishAndEnglish { get; } = [Danish, English];

    /// <summary>The language code, for <c>lang</c> attributes and the <c>lang</c> query and form field.</summary>
    public string Code { get; }

    /// <summary>The language's name in the language itself: "Dansk", "العربية".</summary>
    public string Name { get; }

    public bool RightToLeft { get; }

    /// <summary>The document's <c>dir</c>.</summary>
    public string Direction => RightToLeft ? "rtl" : "ltr";

    public string SkipLink { get; }

    /// <summary>The accessible name of the language picker.</summary>
    public string LanguagesLabel { get; }

    /// <summary>English for Danish, else Danish: the other language of a page in Danish and English.</summary>
    public PageLanguage Other => this == Danish ? English : Danish;

    /// <summary>English for <c>en</c>, else Danish.</summary>
    public static PageLanguage For(string? code) => For(code, DanishAndEnglish);

    /// <summary>The offered language with the code, else the first offered (Danish).</summary>
    public static PageLanguage For(string? code, IReadOnlyList<PageLanguage> offered) =>
        offered.FirstOrDefault(language => language.Code == code) ?? offered[0];

    /// <summary>The language with the code, if a page may be in it.</summary>
    public static PageLanguage? Find(string code) => All.FirstOrDefault(language => language.Code == code);

    /// <summary>
    /// The language a page is shown in: the one asked for (<c>?lang=</c>) if offered, else the browser's most wanted
    /// offered language (<c>Accept-Language</c>, matched on the primary subtag, so <c>ar-SA</c> is Arabic), else the
    /// first offered.
    /// </summary>
    public static PageLanguage Choose(string? asked, IEnumerable<StringWithQualityHeaderValue> accepted, IReadOnlyList<PageLanguage> offered) =>
        offered.FirstOrDefault(language => language.Code == asked)
        ?? accepted.Where(value => (value.Quality ?? 1) > 0)
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => offered.FirstOrDefault(language => string.Equals(language.Code, value.Value.Value?.Split('-')[0], StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault(language => language is not null)
        ?? offered[0];
}
