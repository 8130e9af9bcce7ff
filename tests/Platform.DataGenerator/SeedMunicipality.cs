namespace Platform.DataGenerator;

/// <summary>A municipality of the seeded partnership and the ids of its local areas (the seed's own among them).</summary>
public sealed record SeedMunicipality(string Code, IReadOnlyList<string> LocalAreaIds);
