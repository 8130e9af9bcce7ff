namespace Platform.Reporting.Formats;

/// <summary>
/// The report's styles, Assets/reports.css, which the page links and the HTML file carries inline: one stylesheet for
/// both. The file is embedded in the assembly as well, so the file writer needs no disk.
/// </summary>
internal static class ReportStyle
{
    public static string Css { get; } = Read();

    private static string Read()
    {
        using var stream = typeof(ReportStyle).Assembly.GetManifestResourceStream("Platform.Reporting.reports.css")
            ?? throw new InvalidOperationException("The reporting module was built without its embedded reports.css.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
