namespace Platform.Reporting.Generation;

/// <summary>
/// One line of an indicator: the municipality and the other dimensions' values (in <see cref="Dimensions"/> as one
/// sortable text, so equal dimension values make equal keys).
/// </summary>
internal sealed record RowKey(string MunicipalityCode, string Dimensions, IReadOnlyDictionary<string, string> Values)
{
    public const string MunicipalityDimension = "municipality";

    public static RowKey Of(string municipalityCode, IReadOnlyDictionary<string, string> dimensions)
    {
        var others = dimensions.Where(pair => pair.Key != MunicipalityDimension)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ToDictionary(pair => pair.Key, pair => pair.Value);
        return new RowKey(municipalityCode, string.Join('\u001f', others.Select(pair => $"{pair.Key}={pair.Value}")), others);
    }

    public bool Equals(RowKey? other) => other is not null && MunicipalityCode == other.MunicipalityCode && Dimensions == other.Dimensions;

    public override int GetHashCode() => HashCode.Combine(MunicipalityCode, Dimensions);
}
