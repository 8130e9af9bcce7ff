using System.Globalization;
using Microsoft.Extensions.Localization;
using Platform.Contracts.Surveys.V1;
using Platform.Sdk.Web;

namespace Platform.Surveys.Web;

/// <summary>
/// The surveys' codes in words, in the page's language (SurveyLabels.resx in Danish, SurveyLabels.en.resx in English):
/// question types, audiences, a survey's state and which version collects, a published answer count, and a survey's
/// own texts in the page's language. Every survey page names them the same way.
/// </summary>
internal sealed class SurveyLabels(IStringLocalizer<SurveyLabels> text)
{
    /// <summary>The question types in the order the editor offers them.</summary>
    public static IReadOnlyList<QuestionType> QuestionTypes { get; } =
        [QuestionType.Smiley, QuestionType.SingleChoice, QuestionType.MultipleChoice, QuestionType.Likert, QuestionType.Number, QuestionType.FreeText];

    /// <summary>The audiences in the order the editor offers them.</summary>
    public static IReadOnlyList<Audience> Audiences { get; } = [.. Enum.GetValues<Audience>().Where(audience => audience != Audience.Unspecified)];

    /// <summary>Whether the page is shown in English (the person's choice); Danish otherwise.</summary>
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public string TypeName(QuestionType type) => text["QuestionType." + type];

    public string AudienceName(Audience audience) => text["Audience." + audience];

    public string StateName(SurveyState state) => text["State." + state];

    /// <summary>"Version 2 indsamler svar; version 3 er en kladde": which version takes answers, and the draft if any.</summary>
    public string Status(Survey survey) => survey switch
    {
        { PublishedVersion: 0 } => text["StatusDraftOnly", survey.Version],
        { State: SurveyState.Draft } => text["StatusCollectingWithDraft", survey.PublishedVersion, survey.Version],
        _ => text["StatusCollecting", survey.PublishedVersion],
    };

    /// <summary>
    /// A published count of answers (disclosure control): "12 svar", or "færre end 5 svar" when it is hidden; the reason
    /// for a hidden count is <see cref="SuppressedReason"/>.
    /// </summary>
    public string Answers(Cell cell, int minimumCount) => cell switch
    {
        { Suppressed: true } => text["AnswersSuppressed", minimumCount],
        { Count: 0 } => text["AnswersNone"],
        { Count: 1 } => text["AnswersOne"],
        _ => text["AnswersMany", DanishFormats.Number(cell.Count)],
    };

    public string SuppressedReason => text["AnswersSuppressedReason"];

    /// <summary>"fra partnerskabet": a partnership's survey in a member municipality's list.</summary>
    public string FromPartnership => text["FromPartnership"];

    /// <summary>A survey's own text in the page's language: the English text when the page is English and it has one, else the Danish.</summary>
    public static string Pick(LocalText? local) => local is null ? "" : English && local.En.Length > 0 ? local.En : local.Da;
}
