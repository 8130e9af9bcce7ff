namespace Platform.Surveys.Collection;

internal enum SubmitOutcome
{
    Stored = 0,

    /// <summary>The response id was stored before; nothing new was counted.</summary>
    Duplicate = 1,

    /// <summary>The link took too many responses in the last minute; the client may try again shortly.</summary>
    RateLimited = 2,
}
