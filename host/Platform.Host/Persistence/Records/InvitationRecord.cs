namespace Platform.Host.Persistence.Records;

/// <summary>
/// A one-time sign-in link. Only the SHA-256 hash of its 256-bit token is kept, so the database cannot give a link
/// away; redeeming sets <see cref="UsedAt"/> in one conditional update, so a link signs in once.
/// </summary>
public sealed class InvitationRecord
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public required byte[] TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
