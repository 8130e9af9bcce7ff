namespace Platform.Surveys.Collection;

/// <summary>
/// What the answer page needs of a link: the survey version's definition, whether it takes answers now, and whether
/// the municipality has switched surveys off (then it takes none, open or not).
/// </summary>
[GenerateSerializer]
[Alias("platform.surveys.link-view")]
internal sealed record LinkView([property: Id(0)] string DefinitionJson, [property: Id(1)] bool Open, [property: Id(2)] bool SwitchedOff);
