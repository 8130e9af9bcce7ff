using System.Globalization;

namespace Platform.DataGenerator;

/// <summary>The generator's command line: where the host is, where its signing key lives, and how much to seed.</summary>
public sealed record GeneratorOptions(Uri Host, string DataDirectory, string PartnershipId, DataSetSize Size)
{
    public static GeneratorOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        var national = DataSetSize.National;
        return new GeneratorOptions(
            new Uri(values.GetValueOrDefault("host", "http://127.0.0.1:5080")),
            values.GetValueOrDefault("data-dir", Path.Combine("host", "Platform.Host", "data")),
            values.GetValueOrDefault("partnership", "national"),
            new DataSetSize(Count("actors", national.Actors), Count("events", national.Events), Count("answers", national.Answers)));

        int Count(string name, int fallback) =>
            values.TryGetValue(name, out var value) ? int.Parse(value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : fallback;
    }
}
