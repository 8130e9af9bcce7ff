namespace Platform.Sdk.Directory;

/// <summary>A partnership and the codes of its current member municipalities.</summary>
public sealed record PartnershipInfo(string Id, string Name, IReadOnlyList<string> MemberCodes);
