using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Platform.Sdk.Web;

/// <summary>
/// HTML that is safe to put into a page, and the only kind of content a <see cref="PublicPage"/> takes. Only the SDK
/// makes one: <see cref="Of"/> takes an interpolated string whose literal parts are the code's own markup and whose
/// holes are encoded (texts, numbers) or are <see cref="Html"/> already, and <see cref="Join"/> puts pieces together.
/// A text a module passes therefore reaches a page encoded, whether or not its author thought of it.
/// </summary>
public readonly struct Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly string? markup;

    internal Html(string markup) => this.markup = markup;

    public static Html Empty => default;

    /// <summary>
    /// HTML written in code, with texts in its holes: <c>Html.Of($"&lt;p class=\"hint\"&gt;{texts.Anonymous}&lt;/p&gt;")</c>.
    /// Put holes only in element content and in quoted attribute values.
    /// </summary>
    public static Html Of(HtmlInterpolation html) => html.ToHtml();

    public static Html Join(IEnumerable<Html> parts) => new(string.Concat(parts.Select(part => part.ToString())));

    public override string ToString() => markup ?? "";

    internal static string Encode(string? text) => Encoder.Encode(text ?? "");
}
