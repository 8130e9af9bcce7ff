namespace Platform.Host.Persistence.Records;

/// <summary>
/// A person who signs in to the platform. The e-mail address is unique, trimmed and in lower case; the person's
/// grants and sign-in links are rows of their own, deleted with the person.
/// </summary>
public sealed class PersonRecord
{
    public Guid Id { get; set; }

    public required string Email { get; set; }

    public string? DisplayName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public PersonStatus Status { get; set; }

    public List<PersonGrantRecord> Grants { get; set; } = [];
}

public enum PersonStatus
{
    Invited = 1,
    Active = 2,
}
