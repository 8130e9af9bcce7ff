namespace Platform.Reporting.Indicators;

/// <summary>The sections of a status report, in the order they are shown (the seeds' "Status på partnerskabet").</summary>
internal static class ReportSections
{
    public const string MappingAndMobilisation = "mapping-and-mobilisation";
    public const string EventsAndReach = "events-and-reach";
    public const string ChildrensVoices = "childrens-voices";
    public const string Other = "other";

    public static IReadOnlyList<ReportSectionTitle> All { get; } =
    [
        new(MappingAndMobilisation, "Kortlægning og mobilisering", "Mapping and mobilisation"),
        new(EventsAndReach, "Aktiviteter og rækkevidde", "Events and reach"),
        new(ChildrensVoices, "Børnenes stemmer", "Children's voices"),
        new(Other, "Andet", "Other"),
    ];
}
