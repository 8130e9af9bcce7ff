namespace Platform.Sdk.Directory;

/// <summary>A local area (lokalområde) of a municipality; a retired area keeps its id for old records.</summary>
public sealed record LocalAreaInfo(string Id, string Name, bool Retired);
