using Platform.Sdk.Indicators;

namespace Platform.Reporting.Indicators;

/// <summary>
/// Chooses the report section of an indicator by the longest matching id prefix: the known modules' prefixes, plus any
/// set in configuration (<c>Platform:Modules:reporting:Sections:{prefix}={section}</c>). Anything else goes to "other",
/// so a new module's indicators appear in reports without a change here.
/// </summary>
internal sealed class SectionMap(IReadOnlyDictionary<string, string> sectionByPrefix)
{
    private static readonly Dictionary<string, string> KnownPrefixes = new()
    {
        ["actor-mapping."] = ReportSections.MappingAndMobilisation,
        ["events."] = ReportSections.EventsAndReach,
        ["surveys."] = ReportSections.ChildrensVoices,
    };

    public static SectionMap From(ReportingOptions options)
    {
        var map = new Dictionary<string, string>(KnownPrefixes);
        foreach (var (prefix, section) in options.Sections)
        {
            map[prefix] = section;
        }

        return new SectionMap(map);
    }

    public string SectionOf(IndicatorDefinition indicator) => sectionByPrefix
        .Where(pair => indicator.Id.StartsWith(pair.Key, StringComparison.Ordinal))
        .OrderByDescending(pair => pair.Key.Length)
        .Select(pair => pair.Value)
        .FirstOrDefault(ReportSections.Other);

    public static string ModuleOf(IndicatorDefinition indicator) =>
        indicator.Id.IndexOf('.', StringComparison.Ordinal) is var dot and > 0 ? indicator.Id[..dot] : indicator.Id;
}
