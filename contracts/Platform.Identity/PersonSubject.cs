namespace Platform.Identity;

/// <summary>
/// The subject of a person kept in the platform's people store: <c>person:</c> and the person's id. The host takes
/// such a caller's grants from the store, not from the token or cookie, so a change reaches the next call. Any other
/// subject (a partner system, a token made with <c>platform-admin token issue</c>) keeps the grants its token carries.
/// </summary>
public static class PersonSubject
{
    public const string Prefix = "person:";

    public static string Of(Guid personId) => Prefix + personId.ToString("D");

    public static bool TryParse(string? subject, out Guid personId)
    {
        personId = Guid.Empty;
        return subject is not null
            && subject.StartsWith(Prefix, StringComparison.Ordinal)
            && Guid.TryParseExact(subject[Prefix.Length..], "D", out personId);
    }
}
