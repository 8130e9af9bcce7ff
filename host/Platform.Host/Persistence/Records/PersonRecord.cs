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

    /// <summary>The language the person chose with the language switch ("da" or "en"); none until they choose.</summary>
    public string? Language { get; set; }

    /// <summary>
    /// Who the person is at the external authority they signed in with ("{issuer} {sub}"), stored the first time they
    /// signed in there with their verified e-mail address; after that it signs them in even if the address changes.
    /// </summary>
    public string? ExternalSubject { get; set; }

    public List<PersonGrantRecord> Grants { get; set; } = [];
}

public enum PersonStatus
{
    Invited = 1,
    Active = 2,
}
