namespace Platform.Sdk.Errors;

/// <summary>Collects every field violation of a request, so the caller learns all of them in one answer.</summary>
public sealed class Validation
{
    private readonly List<FieldViolation> violations = [];

    public Validation Check(bool valid, string field, string description) => Add(valid, new FieldViolation(field, description));

    public Validation Required(string? value, string field, int maxLength = 200) =>
        Add(!string.IsNullOrWhiteSpace(value), new FieldViolation(field, "is required", ViolationRule.Required))
            .MaxLength(value, field, maxLength);

    public Validation MaxLength(string? value, string field, int maxLength) =>
        Add(value is null || value.Length <= maxLength,
            new FieldViolation(field, $"must be at most {maxLength} characters", ViolationRule.TooLong, maxLength));

    public Validation MunicipalityCode(string? value, string field) =>
        Check(Tenancy.MunicipalityCodes.IsWellFormed(value), field, "must be a 4-digit municipality code, e.g. \"0183\"");

    private Validation Add(bool valid, FieldViolation violation)
    {
        if (!valid)
        {
            violations.Add(violation);
        }

        return this;
    }

    public void ThrowIfInvalid()
    {
        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }
    }
}
