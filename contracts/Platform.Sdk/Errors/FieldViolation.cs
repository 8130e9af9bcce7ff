namespace Platform.Sdk.Errors;

/// <summary>
/// One invalid field of a request: the field's proto name and what is wrong with it. The description is English, for
/// gRPC callers; <see cref="Rule"/> and <see cref="Limit"/> let a page say the same in the person's language.
/// </summary>
[GenerateSerializer]
[Alias("platform.sdk.field-violation")]
public sealed record FieldViolation(
    [property: Id(0)] string Field,
    [property: Id(1)] string Description,
    [property: Id(2)] ViolationRule Rule = ViolationRule.Other,
    [property: Id(3)] int Limit = 0);

/// <summary>Which kind of check a field failed, for saying so in words a page can translate.</summary>
public enum ViolationRule
{
    /// <summary>Any other check: a page names the field and its own hint.</summary>
    Other,

    /// <summary>The field is empty but must be filled in.</summary>
    Required,

    /// <summary>The field is longer than <see cref="FieldViolation.Limit"/> characters.</summary>
    TooLong,
}
