namespace Platform.Host.Persistence.Records;

/// <summary>
/// A partner system that may hold tokens longer-lived than a person's: its tokens carry <see cref="Id"/> in the
/// <c>service_account</c> claim, and the host refuses them once <see cref="RevokedAt"/> is set.
/// </summary>
public sealed class ServiceAccountRecord
{
    public Guid Id { get; set; }

    /// <summary>Unique: lower-case letters, digits and hyphens, at most 64.</summary>
    public required string Name { get; set; }

    public string? Description { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
