using System.Globalization;
using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Formats;

/// <summary>How a figure reads in a file: the number, the word for suppressed, or nothing.</summary>
internal static class FigureText
{
    public const string Suppressed = "suppressed";

    public static string Of(Figure? figure) => figure?.ContentCase switch
    {
        Figure.ContentOneofCase.Value => figure.Value.ToString("0.##", CultureInfo.InvariantCulture),
        Figure.ContentOneofCase.Suppressed => Suppressed,
        _ => "",
    };

    public static double? NumberOf(Figure? figure) =>
        figure?.ContentCase == Figure.ContentOneofCase.Value ? figure.Value : null;
}
