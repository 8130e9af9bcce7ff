namespace Platform.Surveys.Collection;

/// <summary>What the answer page needs of a link: the survey version's definition and whether it takes answers now.</summary>
[GenerateSerializer]
[Alias("platform.surveys.link-view")]
public sealed record LinkView([property: Id(0)] string DefinitionJson, [property: Id(1)] bool Open);
