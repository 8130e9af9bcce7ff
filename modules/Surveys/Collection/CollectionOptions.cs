namespace Platform.Surveys.Collection;

/// <summary>Settings of <c>Platform:Modules:surveys</c>.</summary>
/// <param name="SubmissionsPerMinute">How many responses one link takes per minute before it asks callers to wait.</param>
public sealed record CollectionOptions(int SubmissionsPerMinute);
