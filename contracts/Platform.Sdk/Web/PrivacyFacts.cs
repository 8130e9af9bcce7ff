namespace Platform.Sdk.Web;

/// <summary>
/// What a module's public page keeps of the people who use it, in one language, for its privacy notice
/// (<see cref="PublicNotices.Privacy"/>): the notice adds who is responsible, the rights and where to complain.
/// </summary>
/// <param name="Subject">What the page is for, as it ends the heading, e.g. "spørgeskemaer".</param>
/// <param name="Stored">What is stored, a sentence each; also what is not, where a reader would expect it.</param>
/// <param name="Kept">For how long, and what is left after that.</param>
/// <param name="Purpose">Why it is stored.</param>
public sealed record PrivacyFacts(string Subject, IReadOnlyList<string> Stored, string Kept, string Purpose);
