using System.Globalization;
using Microsoft.Extensions.Localization;
using Platform.Contracts.Reporting.V1;

namespace Platform.Reporting.Formats;

/// <summary>
/// How a report names things to a reader, in the reader's language: quarters ("4. kvartal 2026"), sections and
/// indicators, municipalities and local areas by name, months by name, codes by their readable name and numbers as Danes
/// write them. A code with no name in <see cref="ReportText"/> (a municipality's own theme, say) is shown as written.
/// </summary>
internal sealed class ReportLabels(IStringLocalizer<ReportText> text, IReadOnlyDictionary<string, string> localAreaNames)
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public IStringLocalizer<ReportText> Text => text;

    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Language => English ? "en" : "da";

    public string Quarter(Quarter quarter) => text["Quarter", quarter.Quarter_, quarter.Year];

    public static string Section(ReportSection section) => English ? section.TitleEn : section.TitleDa;

    public static string Title(IndicatorDefinition indicator) => English ? indicator.TitleEn : indicator.TitleDa;

    public string Unit(string unit) => Known("Unit." + unit) ?? unit;

    /// <summary>A row's label: the municipality's name (or the total) and its other dimensions' readable values.</summary>
    public string Row(IndicatorRow row, IReadOnlyDictionary<string, string> municipalityNames)
    {
        var place = row.MunicipalityCode.Length == 0 ? text["Total"].Value : municipalityNames.GetValueOrDefault(row.MunicipalityCode, row.MunicipalityCode);
        var values = row.Dimensions.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => Dimension(d.Key, d.Value));
        return string.Join(" · ", values.Prepend(place));
    }

    public string Dimension(string dimension, string value) => dimension switch
    {
        "local-area" => value.Length == 0 ? text["WholeMunicipality"] : localAreaNames.GetValueOrDefault(value, value),
        "month" when DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) =>
            English ? month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")) : month.ToString("MMMM yyyy", Danish),
        _ => Known($"Value.{dimension}.{value}") ?? value,
    };

    /// <summary>A figure as the page and the HTML file show it: "1.234,5", "færre end 5", or nothing.</summary>
    public string Figure(Figure? figure) => figure?.ContentCase switch
    {
        Contracts.Reporting.V1.Figure.ContentOneofCase.Value => Number(figure.Value),
        Contracts.Reporting.V1.Figure.ContentOneofCase.Suppressed => text["FewerThan5"],
        _ => "",
    };

    /// <summary>A change with its sign: "+3", "−2", "0".</summary>
    public static string Change(Figure? change) => FigureText.NumberOf(change) is { } value
        ? value > 0 ? "+" + Number(value) : value < 0 ? "−" + Number(-value) : Number(0)
        : "";

    public static string Number(double value) => value.ToString("#,##0.##", Danish);

    private string? Known(string key) => text[key] is { ResourceNotFound: false } found ? found.Value : null;
}
