using System.Globalization;
using System.Runtime.CompilerServices;

namespace Platform.Sdk.Web;

/// <summary>
/// Builds <see cref="Html.Of"/>'s HTML from an interpolated string, as the compiler calls it: the literal parts are
/// markup written in code, a text or a number in a hole is encoded (numbers in the invariant culture), and
/// <see cref="Html"/> in a hole is kept as it is.
/// </summary>
[InterpolatedStringHandler]
public ref struct HtmlInterpolation
{
    private DefaultInterpolatedStringHandler builder;

    public HtmlInterpolation(int literalLength, int formattedCount) =>
        builder = new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture);

    public void AppendLiteral(string markup) => builder.AppendLiteral(markup);

    public void AppendFormatted(string? text) => builder.AppendLiteral(Html.Encode(text));

    public void AppendFormatted<T>(T value) where T : ISpanFormattable =>
        builder.AppendLiteral(Html.Encode(value.ToString(null, CultureInfo.InvariantCulture)));

    public void AppendFormatted(Html html) => builder.AppendLiteral(html.ToString());

    public void AppendFormatted(IEnumerable<Html> parts)
    {
        foreach (var part in parts)
        {
            builder.AppendLiteral(part.ToString());
        }
    }

    internal Html ToHtml() => new(builder.ToStringAndClear());
}
