namespace Platform.Surveys.Data;

/// <summary>
/// One version of a survey. The definition (sections, questions, options, texts) is one document, kept as the
/// contract's JSON; answers refer to its question and option ids. A published version is never written again.
/// </summary>
internal abstract class SurveyVersion
{
    public Guid SurveyId { get; set; }

    public int Version { get; set; }

    public bool Published { get; set; }

    public int Audience { get; set; }

    public required string DefinitionJson { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
