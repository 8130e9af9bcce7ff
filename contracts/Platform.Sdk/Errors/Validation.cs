namespace Platform.Sdk.Errors;

/// <summary>Collects every field violation of a request, so the caller learns all of them in one answer.</summary>
public sealed class Validation
{
    private readonly List<FieldViolation> violations = [];

    public Validation Check(bool valid, string field, string description)
    {
        if (!valid)
        {
            violations.Add(new FieldViolation(field, description));
        }

        return this;
    }

    public Validation Required(string? value, string field, int maxLength = 200) =>
        Check(!string.IsNullOrWhiteSpace(value), field, "is required")
            .Check(value is null || value.Length <= maxLength, field, $"must be at most {maxLength} characters");

    public Validation MunicipalityCode(string? value, string field) =>
        Check(Tenancy.MunicipalityCodes.IsWellFormed(value), field, "must be a 4-digit municipality code, e.g. \"0183\"");

    public void ThrowIfInvalid()
    {
        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }
    }
}
