namespace Platform.Surveys.Collection;

/// <summary>
/// The single writer of one collection link, keyed by <see cref="LinkTokens.GrainKey(string, string)"/>. Holding the token is the
/// caller's authority: the grain checks the link, not the caller.
/// </summary>
[Alias("platform.surveys.collection-link")]
internal interface ICollectionLinkGrain : IGrainWithStringKey
{
    /// <summary>The link's survey version and whether it takes answers now; null when no link has the token.</summary>
    [Alias("view")]
    Task<LinkView?> ViewAsync();

    /// <summary>
    /// Stores one response. Throws NotFound for an unknown link, PreconditionFailed when it is not open and
    /// InvalidInput naming the question of an invalid answer.
    /// </summary>
    [Alias("submit")]
    Task<SubmitOutcome> SubmitAsync(Submission submission);
}
