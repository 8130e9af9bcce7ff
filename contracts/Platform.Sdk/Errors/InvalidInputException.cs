namespace Platform.Sdk.Errors;

/// <summary>The request has invalid fields; each is named with what is wrong.</summary>
[GenerateSerializer]
[Alias("platform.sdk.invalid-input")]
public sealed class InvalidInputException : PlatformException
{
    public InvalidInputException(IReadOnlyList<FieldViolation> violations)
        : base(string.Join("; ", violations.Select(violation => $"{violation.Field}: {violation.Description}")))
    {
        Violations = violations;
    }

    public InvalidInputException(string field, string description)
        : this([new FieldViolation(field, description)])
    {
    }

    [Id(0)]
    public IReadOnlyList<FieldViolation> Violations { get; }
}
