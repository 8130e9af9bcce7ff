using Platform.Sdk.Tenancy;

namespace Platform.Surveys.Data;

/// <summary>
/// One answer to one question: a row per chosen option, or one row with a number or a text. The response's
/// grouping fields are repeated here, so results are one grouped scan of this table.
/// </summary>
internal sealed class AnswerRecord : ITenantOwned
{
    public Guid ResponseId { get; set; }

    public required string QuestionId { get; set; }

    /// <summary>The chosen option; "" for number and text answers.</summary>
    public required string OptionId { get; set; }

    public required string MunicipalityCode { get; set; }

    public Guid SurveyId { get; set; }

    public string LocalAreaId { get; set; } = "";

    public int Audience { get; set; }

    public string AgeBand { get; set; } = "";

    /// <summary>The response's record key, repeated like its grouping fields.</summary>
    public int RecordKey { get; set; }

    public double? Number { get; set; }

    public string? Text { get; set; }
}
