namespace Platform.Surveys.Web.Surveys;

/// <summary>Keys for new sections, questions and options: never shown, stable once saved, and of the definition's form (a-z, 0-9, '-').</summary>
internal static class EditorIds
{
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];
}
