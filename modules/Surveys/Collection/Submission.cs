namespace Platform.Surveys.Collection;

/// <summary>One anonymous response through a link: the client's response id, the answers and an optional age band.</summary>
[GenerateSerializer]
[Alias("platform.surveys.submission")]
internal sealed record Submission(
    [property: Id(0)] Guid ResponseId,
    [property: Id(1)] SubmittedAnswer[] Answers,
    [property: Id(2)] string AgeBand);
