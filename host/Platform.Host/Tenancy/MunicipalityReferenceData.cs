using System.Collections.Frozen;
using System.Globalization;

namespace Platform.Host.Tenancy;

/// <summary>The 98 Danish municipalities (ReferenceData/danish-municipalities.csv): code, name and region.</summary>
public sealed class MunicipalityReferenceData
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private readonly FrozenDictionary<string, KnownMunicipality> byCode;

    private MunicipalityReferenceData(IEnumerable<KnownMunicipality> municipalities) =>
        byCode = municipalities.ToFrozenDictionary(municipality => municipality.Code, StringComparer.Ordinal);

    public IEnumerable<KnownMunicipality> All => byCode.Values.OrderBy(municipality => municipality.Code, StringComparer.Ordinal);

    public KnownMunicipality? Find(string code) => byCode.GetValueOrDefault(code);

    /// <summary>
    /// The municipalities whose code starts with <paramref name="text"/> or whose name contains it, compared as Danes
    /// read (case and accents aside, "aa" as "å"), sorted by name the Danish way; all of them for an empty text.
    /// </summary>
    public IReadOnlyList<KnownMunicipality> Search(string text)
    {
        var wanted = text.Trim();
        return [.. byCode.Values
            .Where(municipality => municipality.Code.StartsWith(wanted, StringComparison.Ordinal)
                || Danish.CompareInfo.IndexOf(municipality.Name, wanted, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0)
            .OrderBy(municipality => municipality.Name, StringComparer.Create(Danish, ignoreCase: false))];
    }

    public static MunicipalityReferenceData Load(string csvPath)
    {
        var rows = File.ReadLines(csvPath).Skip(1).Where(line => !string.IsNullOrWhiteSpace(line)).Select(line =>
        {
            var fields = line.Split(',');
            if (fields.Length != 4)
            {
                throw new InvalidDataException($"'{csvPath}': expected code,name,region_code,region_name but read '{line}'.");
            }

            return new KnownMunicipality(fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), fields[3].Trim());
        });
        return new MunicipalityReferenceData(rows);
    }

    public static MunicipalityReferenceData LoadDefault() =>
        Load(Path.Combine(AppContext.BaseDirectory, "ReferenceData", "danish-municipalities.csv"));
}
