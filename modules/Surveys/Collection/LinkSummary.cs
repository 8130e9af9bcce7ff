namespace Platform.Surveys.Collection;

/// <summary>
/// A collection link as its survey's pages list it: where and when it collects, and whether it still does. The token
/// is not in it: only its hash is stored, so a link can be shown in full only when it is made. A link made before short forms has none.
/// </summary>
internal sealed record LinkSummary(string LocalAreaId, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool Closed, int Version, bool HasShortForm)
{
    public bool IsOpenAt(DateTimeOffset now) => !Closed && now >= OpensAt && now < ClosesAt;
}
