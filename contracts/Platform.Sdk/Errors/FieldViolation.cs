namespace Platform.Sdk.Errors;

/// <summary>One invalid field of a request: the field's proto name and what is wrong with it.</summary>
[GenerateSerializer]
[Alias("platform.sdk.field-violation")]
public sealed record FieldViolation([property: Id(0)] string Field, [property: Id(1)] string Description);
