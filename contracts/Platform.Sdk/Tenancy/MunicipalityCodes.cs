namespace Platform.Sdk.Tenancy;

/// <summary>Municipality codes: the four digits Danmarks Statistik gives each municipality, e.g. "0183".</summary>
public static class MunicipalityCodes
{
    public static bool IsWellFormed(string? code) => code is { Length: 4 } && code.All(char.IsAsciiDigit);
}
